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
        guard let path = options.positional.first ?? SaveLocation.latest() else {
            Output.err(
                "wijkspel resume: no save file given and none found in saves/ or ~/.wijkspel/saves/"
            )
            return 1
        }
        let loaded: SaveLoader.Loaded
        switch SaveLoader.load(
            path: path, language: options.language, color: TerminalInfo.wantsColor)
        {
        case .failure(let problem):
            Output.err(problem.message(in: options.language ?? .nl))
            return 1
        case .success(let result): loaded = result
        }
        for note in loaded.notes { Output.err(note) }
        if options.dumpState {
            let session = Session(setup: loaded.setup)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            guard let data = try? encoder.encode(session.game.state) else { return 1 }
            Output.out(String(decoding: data, as: UTF8.self))
            return 0
        }
        let script: [String]
        switch ScriptFile.read(options.script) {
        case .success(let lines): script = lines
        case .failure(let problem):
            Output.err("wijkspel resume: \(problem.message)")
            return 1
        }
        let writer: SaveWriter?
        do {
            writer =
                loaded.damaged
                ? try SaveLoader.repair(path: path, setup: loaded.setup)
                : try SaveWriter.open(path: path)
        } catch {
            Output.err("wijkspel resume: cannot write to \(path); playing without saving")
            writer = nil
        }
        let session = Session(setup: loaded.setup, saveWriter: writer)
        return TerminalFrontEnd(session: session, script: script).run()
    }
}
