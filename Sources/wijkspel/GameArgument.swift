import GameDefinition
import GameRules
import TextInterface

/// The game a command plays: the file named on the command line, or the default game, read
/// and checked; its problems go to standard error.
struct GameArgument {
    /// The game file.
    var path: String
    /// What reading it gave.
    var definition: DefinitionResult
    /// The rules.
    var spec: GameSpec

    /// Reads `named` (or the default game) for `command`; nil after the problems are written.
    init?(_ named: String?, command: String) {
        guard let path = named ?? GameLocator.defaultGame() else {
            Output.err("wijkspel \(command): no game given and no default game found in Games/")
            return nil
        }
        let definition = GameDefinitionReader.read(contentsOf: path)
        guard let spec = definition.spec else {
            Output.err(definition.rendered(color: TerminalInfo.wantsColor))
            Output.err(
                "wijkspel \(command): `\(path)` is not a valid game (see `wijkspel validate \(path)`)"
            )
            return nil
        }
        self.path = path
        self.definition = definition
        self.spec = spec
    }

    /// The rules with the player texts in `language` where the game has them.
    func spec(in language: Language) -> GameSpec {
        definition.spec(in: language.rawValue) ?? spec
    }
}
