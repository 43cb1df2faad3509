import GameDefinition
import TextInterface

/// `wijkspel replay SAVE` or `wijkspel replay --results FILE --game N [GAME]`: a recorded
/// or simulated game told round by round.
enum ReplayCommand {
    /// Runs the command; returns the exit status (1 when the save is damaged or unreadable,
    /// or the simulated game cannot be played again).
    static func run(_ arguments: [String]) -> Int32 {
        let options: Options
        do {
            options = try Options.forCommand(
                "replay", arguments, allowed: ["--help", "--lang", "--results", "--game"],
                usage: Usage.replay, positionals: 0...1,
                wrongCount: "name one save file, or --results FILE --game N [GAME]")
        } catch {
            return error.status
        }
        if options.results != nil || options.gameNumber != nil {
            return replaySimulated(options)
        }
        guard let path = options.positional.first else {
            Output.err(
                "wijkspel replay: name one save file, or --results FILE --game N [GAME]\n\n"
                    + Usage.replay)
            return 2
        }
        switch SaveLoader.load(
            path: path, language: options.language, color: TerminalInfo.wantsColor)
        {
        case .failure(let problem):
            Output.err("wijkspel replay: " + problem.message(in: options.language ?? .nl))
            return 1
        case .success(let loaded):
            Output.out(ReplayView.render(loaded.setup).joined(separator: "\n"))
            for note in loaded.readOnlyNotes(path: path) { Output.err(note) }
            return loaded.damaged ? 1 : 0
        }
    }

    /// Game N of a simulation's results file, played again on GAME (or the default game).
    private static func replaySimulated(_ options: Options) -> Int32 {
        guard let results = options.results, let number = options.gameNumber else {
            Output.err(
                "wijkspel replay: --results FILE and --game N go together\n\n" + Usage.replay)
            return 2
        }
        guard let game = GameArgument(options.positional.first, command: "replay") else {
            return 1
        }
        let (gamePath, definition, spec) = (game.path, game.definition, game.spec)
        let language = options.language ?? Language(code: spec.language) ?? .nl
        switch SimulatedGame.setup(
            results: results, game: number, spec: game.spec(in: language),
            gamePath: GameLocator.absolute(gamePath),
            definitionHash: definition.hash, language: language, color: TerminalInfo.wantsColor)
        {
        case .failure(let problem):
            Output.err("wijkspel replay: " + problem.message)
            return 1
        case .success(let setup):
            Output.out(ReplayView.render(setup).joined(separator: "\n"))
            return 0
        }
    }
}
