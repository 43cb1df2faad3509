import GameDefinition
import GameRules

/// Reads the game file of a simulation command; on failure the diagnostics are written to
/// standard error.
enum SimulationGameLoader {
    /// The game at `path`, or nil after writing its diagnostics.
    static func load(_ path: String) -> GameSpec? {
        let result = GameDefinitionReader.read(contentsOf: path)
        guard let spec = result.spec else {
            SimulationOutput.error(
                result.rendered(
                    color: SimulationOutput.stderrIsTerminal && !SimulationOutput.noColor))
            SimulationOutput.error("error: `\(path)` is not a valid game")
            return nil
        }
        return spec
    }
}
