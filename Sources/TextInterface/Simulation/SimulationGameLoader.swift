import GameDefinition
import GameRules

/// Reads the game file of a simulation command; on failure the diagnostics are written to
/// standard error.
enum SimulationGameLoader {
    /// A game read for simulation: its rules, and a way to make private copies of them.
    struct LoadedGame {
        /// The rules.
        var spec: GameSpec
        /// The hash of the definition file.
        var hash: String
        /// Reads the same source again into an independent copy of the rules, for a worker
        /// thread, so threads share no reference-counted storage.
        var copies: @Sendable () -> GameSpec
    }

    /// The game at `path`, or nil after writing its diagnostics.
    static func load(_ path: String) -> LoadedGame? {
        let result = GameDefinitionReader.read(contentsOf: path)
        guard let spec = result.spec else {
            SimulationOutput.error(
                result.rendered(
                    color: SimulationOutput.stderrIsTerminal && !SimulationOutput.noColor))
            SimulationOutput.error("error: `\(path)` is not a valid game")
            return nil
        }
        let source = result.source
        return LoadedGame(
            spec: spec, hash: result.hash,
            copies: { GameDefinitionReader.read(source: source, file: path).spec ?? spec })
    }
}
