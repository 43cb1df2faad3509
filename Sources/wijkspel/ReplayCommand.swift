import TextInterface

/// `wijkspel replay SAVE`: a recorded game told round by round.
enum ReplayCommand {
    /// Runs the command; returns the exit status (1 when the save is damaged or unreadable).
    static func run(_ arguments: [String]) -> Int32 {
        let options: Options
        do {
            options = try Options.forCommand(
                "replay", arguments, allowed: ["--help", "--lang"], usage: Usage.replay,
                positionals: 1...1, wrongCount: "name one save file")
        } catch {
            return error.status
        }
        let path = options.positional[0]
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
}
