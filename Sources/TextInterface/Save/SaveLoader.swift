import ExecBots
import Foundation
import GameDefinition
import GameRules
import Strategies

/// Turns a save file back into a session setup: reads the game it names, replays the
/// actions, and keeps the intact part of a damaged file.
///
/// `load` only reads (for `replay` and `--dump-state`); `resume` owns the file: it locks it,
/// and repairs damage by keeping a copy and cutting the file back to its intact part.
public enum SaveLoader {
    /// A loaded save: the setup to continue from and what the player should be told.
    public struct Loaded: Sendable {
        /// The setup, with every intact action.
        public var setup: SessionSetup
        /// Warnings and the place of any damage, each a full sentence.
        public var notes: [String]
        /// Whether the file is damaged (its intact part is shorter than the file).
        public var damaged: Bool
        /// The length in bytes of the intact part.
        public var intactLength: Int
        /// The header as read from the file.
        public var header: SaveHeader

        /// What a command that only reads the save tells: its notes, and for a damaged save
        /// how many actions are intact and that `wijkspel resume` repairs it.
        public func readOnlyNotes(path: String) -> [String] {
            guard damaged else { return notes }
            let text = Messages(setup.language)
            return notes + [text("save.damaged-read-only", path, "\(setup.actions.count)")]
        }
    }

    /// A save opened to be continued: loaded, repaired if it was damaged, and locked.
    public struct Resumed {
        /// What was loaded.
        public var loaded: Loaded
        /// The journal to continue in; it holds the file's lock.
        public var writer: SaveWriter
        /// The copy the damaged file was kept as, when it was repaired.
        public var damagedCopy: String?
    }

    /// Loads the save at `path` without changing it; `language` overrides the saved one.
    public static func load(path: String, language: Language?, color: Bool) -> Result<
        Loaded, SaveProblem
    > {
        // Reading a FIFO would wait for a writer; a directory has no contents.
        switch SaveFileKind(resolving: path) {
        case .regular: break
        case .missing: return .failure(SaveProblem(file: path, line: 0, key: "save.missing"))
        case let kind:
            if let refusal = kind.refusal(path: path, existing: nil) { return .failure(refusal) }
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(SaveProblem(file: path, line: 0, key: "save.unreadable"))
        }
        return load(data: [UInt8](data), path: path, language: language, color: color)
    }

    /// Locks the save at `path`, loads it and repairs damage (copy, then cut back to the
    /// intact part); returns the journal to continue in.
    public static func resume(path: String, language: Language?, color: Bool) -> Result<
        Resumed, SaveProblem
    > {
        let file: SaveFile
        do {
            file = try SaveFile.open(path: path)
        } catch {
            return .failure(error)
        }
        let bytes = file.contents()
        let loaded: Loaded
        switch load(data: bytes, path: path, language: language, color: color) {
        case .failure(let problem): return .failure(problem)
        case .success(let result): loaded = result
        }
        do throws(SaveProblem) {
            var copy: String?
            if loaded.damaged {
                copy = try DamagedCopy.keep(bytes, of: path)
                try file.truncate(to: loaded.intactLength)
            }
            let writer = try SaveWriter.continuing(
                file, header: loaded.header, spec: loaded.setup.spec)
            return .success(Resumed(loaded: loaded, writer: writer, damagedCopy: copy))
        } catch {
            return .failure(error)
        }
    }

    private static func load(data: [UInt8], path: String, language: Language?, color: Bool)
        -> Result<Loaded, SaveProblem>
    {
        let header: SaveHeader
        switch SaveReader.header(data: data, file: path) {
        case .failure(let problem): return .failure(problem)
        case .success(let read): header = read
        }
        let chosen = language ?? Language(code: header.language) ?? .nl
        let text = Messages(chosen)
        guard let gamePath = GameLocator.find(recorded: header.game) else {
            return .failure(
                SaveProblem(file: path, line: 1, key: "save.game-missing", arguments: [header.game])
            )
        }
        let definition = GameDefinitionReader.read(contentsOf: gamePath)
        guard let spec = definition.spec else {
            return .failure(
                SaveProblem(file: path, line: 1, key: "save.game-invalid", arguments: [gamePath]))
        }
        let contents: SaveContents
        switch SaveReader.read(data: data, file: path, spec: spec) {
        case .failure(let problem): return .failure(problem)
        case .success(let read): contents = read
        }
        var notes: [String] = []
        if definition.hash != header.definitionHash {
            notes.append(text("save.hash-changed", gamePath))
        }
        var damage = contents.damage
        var intactLength = contents.intactLength
        let played = header.rounds.map { spec.ending(afterRounds: $0) } ?? spec
        let replayed = Table.replaying(spec: played, seed: header.seed, actions: contents.actions)
        let actions = replayed.table.record.actions
        if let failure = replayed.failure {
            let problem = SaveProblem(
                file: path, line: contents.lines[failure.index], key: "save.no-longer-applies",
                arguments: [failure.rejection.id])
            damage = problem
            intactLength = contents.lineStarts[problem.line - 1]
        }
        if let damage { notes.append(damage.message(in: chosen)) }
        var bots: [Int: StrategyChoice] = [:]
        for (roleID, name) in contents.header.strategies {
            guard let role = spec.roles.firstIndex(where: { $0.id == roleID }),
                let kind = StrategyChoice(name: name)
            else { continue }
            // A save file must not start programs: whoever resumes it chooses them anew.
            if case .exec = kind {
                notes.append(text("save.exec-seat", spec.roles[role].name, name))
                continue
            }
            bots[role] = kind
        }
        let setup = SessionSetup(
            spec: spec, gamePath: gamePath, definitionHash: definition.hash, seed: header.seed,
            language: chosen, bots: bots, color: color, actions: actions,
            rounds: header.rounds, translations: GameTranslations.of(definition))
        return .success(
            Loaded(
                setup: setup, notes: notes, damaged: damage != nil, intactLength: intactLength,
                header: contents.header))
    }
}
