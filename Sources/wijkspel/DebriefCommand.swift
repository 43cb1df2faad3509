import GameDefinition
import TextInterface

/// `wijkspel debrief SAVE` or `wijkspel debrief --results FILE --game N [GAME]`: the debrief
/// of a recorded or simulated game as an HTML page, a Markdown report and CSV tables.
enum DebriefCommand {
    /// Runs the command; returns the exit status (1 when the save or simulated game cannot be
    /// read, or a file is in the way).
    static func run(_ arguments: [String]) -> Int32 {
        let options: Options
        do {
            options = try Options.forCommand(
                "debrief", arguments,
                allowed: ["--help", "--lang", "--results", "--game", "--out"],
                usage: Usage.debrief, positionals: 0...1,
                wrongCount: "name one save file, or --results FILE --game N [GAME]")
        } catch {
            return error.status
        }
        if options.results != nil || options.gameNumber != nil {
            return debriefSimulated(options)
        }
        guard let path = options.positional.first else {
            Output.err(
                "wijkspel debrief: name one save file, or --results FILE --game N [GAME]\n\n"
                    + Usage.debrief)
            return 2
        }
        switch SaveLoader.load(path: path, language: options.language, color: false) {
        case .failure(let problem):
            Output.err("wijkspel debrief: " + problem.message(in: options.language ?? .nl))
            return 1
        case .success(let loaded):
            for note in loaded.readOnlyNotes(path: path) { Output.err(note) }
            let directory = options.out ?? DebriefFiles.defaultDirectory(besideSave: path)
            let status = write(loaded.setup, to: directory)
            return loaded.damaged ? 1 : status
        }
    }

    /// Game N of a simulation's results file, played again on GAME (or the default game).
    private static func debriefSimulated(_ options: Options) -> Int32 {
        guard let results = options.results, let number = options.gameNumber else {
            Output.err(
                "wijkspel debrief: --results FILE and --game N go together\n\n" + Usage.debrief)
            return 2
        }
        guard let game = GameArgument(options.positional.first, command: "debrief") else {
            return 1
        }
        let language = options.language ?? Language(code: game.spec.language) ?? .nl
        switch SimulatedGame.setup(
            results: results, game: number, spec: game.spec(in: language),
            gamePath: GameLocator.absolute(game.path), definitionHash: game.definition.hash,
            language: language, color: false)
        {
        case .failure(let problem):
            Output.err("wijkspel debrief: " + problem.message)
            return 1
        case .success(let setup):
            let directory =
                options.out ?? DebriefFiles.defaultDirectory(besideSave: results)
                + "-game-\(number)"
            return write(setup, to: directory)
        }
    }

    /// After a game at the terminal: when it is over and saved, writes its debrief beside
    /// the save and says where (on standard error: standard output is the game). When it
    /// cannot (the files exist already), it says why and how to write it elsewhere; it never
    /// fails the game.
    static func writeAfterGame(_ session: Session) {
        guard session.game.isOver, let path = session.saveWriter?.path else { return }
        var setup = session.setup
        setup.actions = session.record.actions
        for line in DebriefFiles.writeBesideSave(setup, savePath: path) { Output.err(line) }
    }

    /// Builds the report of `setup` in its language and writes its files into `directory`.
    private static func write(_ setup: SessionSetup, to directory: String) -> Int32 {
        let report = DebriefReport(setup: setup, language: setup.language)
        let text = Messages(setup.language)
        switch DebriefWriter.write(DebriefFiles.render(report), to: directory) {
        case .failure(let problem):
            Output.err("wijkspel debrief: " + problem.message(in: setup.language))
            return 1
        case .success(let paths):
            let names = paths.map { $0.split(separator: "/").last.map(String.init) ?? $0 }
            Output.out(text("debrief.written", directory, names.joined(separator: ", ")))
            return 0
        }
    }
}
