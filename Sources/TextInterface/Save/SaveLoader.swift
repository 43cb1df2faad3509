import Foundation
import GameDefinition
import GameRules
import Strategies

/// Turns a save file back into a session setup: reads the game it names, replays the
/// actions, and keeps the intact part of a damaged file.
public enum SaveLoader {
    /// A loaded save: the setup to continue from and what the player should be told.
    public struct Loaded: Sendable {
        /// The setup, with every intact action.
        public var setup: SessionSetup
        /// Warnings and damage reports, each a full sentence.
        public var notes: [String]
        /// Whether the file was damaged and should be rewritten with its intact part.
        public var damaged: Bool
    }

    /// Loads the save at `path`; `language` overrides the saved one.
    public static func load(path: String, language: Language?, color: Bool) -> Result<
        Loaded, SaveProblem
    > {
        let contents: SaveContents
        switch SaveReader.read(path: path) {
        case .failure(let problem): return .failure(problem)
        case .success(let read): contents = read
        }
        let header = contents.header
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
        var notes: [String] = []
        if definition.hash != header.definitionHash {
            notes.append(text("save.hash-changed", gamePath))
        }
        var damage = contents.damage
        let played = header.rounds.map { spec.ending(afterRounds: $0) } ?? spec
        var game = Game(spec: played, seed: header.seed)
        var actions: [Action] = []
        for (index, action) in contents.actions.enumerated() {
            if case .failure(let rejection) = game.apply(action) {
                let problem = SaveProblem(
                    file: path, line: contents.lines[index], key: "save.no-longer-applies",
                    arguments: [rejection.id])
                damage = problem
                break
            }
            actions.append(action)
        }
        if let damage {
            notes.append(damage.message(in: chosen))
            notes.append(text("save.recovered", "\(actions.count)"))
        }
        var bots: [Int: StrategyKind] = [:]
        for (roleID, name) in header.bots {
            guard let role = spec.roles.firstIndex(where: { $0.id == roleID }),
                let kind = StrategyKind(name: name)
            else { continue }
            bots[role] = kind
        }
        let setup = SessionSetup(
            spec: spec, gamePath: gamePath, definitionHash: definition.hash, seed: header.seed,
            language: chosen, bots: bots, color: color, actions: actions, rounds: header.rounds)
        return .success(Loaded(setup: setup, notes: notes, damaged: damage != nil))
    }

    /// Keeps a copy of a damaged file next to it (`FILE.damaged`) and rewrites the file with
    /// its intact part; returns a writer that appends to it.
    public static func repair(path: String, setup: SessionSetup) throws -> SaveWriter {
        let copy = path + ".damaged"
        let manager = FileManager.default
        if manager.fileExists(atPath: copy) { try? manager.removeItem(atPath: copy) }
        try? manager.copyItem(atPath: path, toPath: copy)
        return try SaveWriter.create(path: path, header: setup.header, actions: setup.actions)
    }
}
