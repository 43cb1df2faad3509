import Foundation
import GameRules
import TextInterface

/// `wijkspel resume [SAVE]`: continue a saved or interrupted game.
enum ResumeCommand {
    /// Runs the command; returns the exit status.
    static func run(_ arguments: [String]) -> Int32 {
        let options: Options
        do {
            options = try Options.forCommand(
                "resume", arguments, allowed: ["--help", "--lang", "--script", "--dump-state"],
                usage: Usage.resume, positionals: 0...1, wrongCount: "one save file at a time")
        } catch {
            return error.status
        }
        let picked = options.positional.first == nil
        guard let given = options.positional.first ?? SaveLocation.latest() else {
            let places = SaveLocation.candidates().joined(separator: ", ")
            Output.err("wijkspel resume: no save file given and none found in \(places)")
            return 1
        }
        let path = SaveLocation.absolute(given)
        if options.dumpState { return dumpState(path, options) }
        let script: [String]
        switch ScriptFile.read(options.script) {
        case .success(let lines): script = lines
        case .failure(let problem):
            Output.err("wijkspel resume: \(problem.message)")
            return 1
        }
        let resumed: SaveLoader.Resumed
        switch SaveLoader.resume(
            path: path, language: options.language, color: TerminalInfo.wantsColor)
        {
        case .failure(let problem):
            Output.err("wijkspel resume: " + problem.message(in: options.language ?? .nl))
            return 1
        case .success(let result): resumed = result
        }
        let loaded = resumed.loaded
        let text = Messages(loaded.setup.language)
        for note in loaded.notes { Output.err(note) }
        if let copy = resumed.damagedCopy {
            Output.err(text("save.repaired", path, copy, "\(loaded.setup.actions.count)"))
        }
        if picked { Output.err(text("save.picked", path, "\(loaded.setup.actions.count)")) }
        let session = Session(setup: loaded.setup, saveWriter: resumed.writer)
        let status = TerminalFrontEnd(session: session, script: script).run()
        DebriefCommand.writeAfterGame(session)
        return status
    }

    /// `--dump-state`: the state as JSON, the save only read.
    private static func dumpState(_ path: String, _ options: Options) -> Int32 {
        switch SaveLoader.load(
            path: path, language: options.language, color: TerminalInfo.wantsColor)
        {
        case .failure(let problem):
            Output.err("wijkspel resume: " + problem.message(in: options.language ?? .nl))
            return 1
        case .success(let loaded):
            for note in loaded.readOnlyNotes(path: path) { Output.err(note) }
            let session = Session(setup: loaded.setup)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            guard let data = try? encoder.encode(session.game.state) else { return 1 }
            Output.out(String(decoding: data, as: UTF8.self))
            return 0
        }
    }
}
