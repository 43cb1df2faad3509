import Foundation
import GameDefinition
import GameRules
import Strategies
import TextInterface

/// `wijkspel play [GAME]`: a new game at this terminal.
enum PlayCommand {
    /// Runs the command; returns the exit status.
    static func run(_ arguments: [String]) -> Int32 {
        let options: Options
        do {
            options = try Options.forCommand(
                "play", arguments,
                allowed: [
                    "--help", "--seed", "--lang", "--bot", "--script", "--save", "--no-save",
                    "--years", "--jaren", "--until", "--tot",
                ],
                usage: Usage.play, positionals: 0...1, wrongCount: "one game at a time")
        } catch {
            return error.status
        }
        guard let game = GameArgument(options.positional.first, command: "play") else { return 1 }
        let (path, definition, spec) = (game.path, game.definition, game.spec)
        var rounds: Int?
        if let length = options.length {
            switch length.rounds(of: spec) {
            case .success(let kept): rounds = kept
            case .failure(let problem):
                Output.err("wijkspel play: \(problem.message)\n\n" + Usage.play)
                return 2
            }
        }
        guard let bots = Options.botSeats(options.bots, spec: spec, command: "play") else {
            return 2
        }
        let script: [String]
        switch ScriptFile.read(options.script) {
        case .success(let lines): script = lines
        case .failure(let problem):
            Output.err("wijkspel play: \(problem.message)")
            return 1
        }
        let language = options.language ?? Language(code: spec.language) ?? .nl
        let seed = options.seed ?? UInt64(Date().timeIntervalSince1970 * 1000) % 1_000_000
        let setup = SessionSetup(
            spec: spec, gamePath: GameLocator.absolute(path), definitionHash: definition.hash,
            seed: seed,
            language: language, bots: bots, color: TerminalInfo.wantsColor, rounds: rounds,
            translations: GameTranslations.of(definition))
        let text = Messages(language)
        var writer: SaveWriter?
        if options.noSave {
            if options.save != nil {
                Output.err("wijkspel play: --save and --no-save exclude each other")
                return 2
            }
        } else {
            do throws(SaveProblem) {
                if let save = options.save {
                    writer = try SaveWriter.create(
                        path: SaveLocation.absolute(save), header: setup.header, spec: spec,
                        actions: [])
                } else {
                    writer = try SaveLocation.createNew(for: path, header: setup.header, spec: spec)
                }
            } catch {
                Output.err("wijkspel play: " + error.message(in: language))
                return 1
            }
        }
        if let writer, script.isEmpty { Output.err(text("save.saving-to", writer.path)) }
        let session = Session(setup: setup, saveWriter: writer)
        let status = TerminalFrontEnd(session: session, script: script).run()
        DebriefCommand.writeAfterGame(session)
        return status
    }
}
