import Foundation
import GameRules
import Strategies

/// `simulate --records DIR`: every game's whole record as a save file of its own
/// (`DIR/game-000042.jsonl`), to watch with `wijkspel replay` or play on with `resume`.
///
/// Files are created exclusively: an existing file is never overwritten, and the first file
/// that cannot be written stops the writing with a message.
struct RecordDirectory {
    /// The directory.
    let path: String
    /// The game file, as the saves name it.
    let gamePath: String
    /// The hash of the game file.
    let definitionHash: String
    /// The rules.
    let spec: GameSpec
    /// Why writing stopped, once it has.
    private(set) var failure: String?

    /// Opens `path` as the directory for records, creating it if needed; nil (after a
    /// message) when it exists and is not a directory, or cannot be made.
    init?(path: String, gamePath: String, definitionHash: String, spec: GameSpec) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                SimulationOutput.error("error: `\(path)` exists and is not a directory")
                return nil
            }
        } else {
            do {
                try FileManager.default.createDirectory(
                    atPath: path, withIntermediateDirectories: true)
            } catch {
                SimulationOutput.error("error: cannot make the directory `\(path)`")
                return nil
            }
        }
        self.path = path
        self.gamePath = gamePath
        self.definitionHash = definitionHash
        self.spec = spec
    }

    /// The file of game number `index`.
    func file(of index: Int) -> String {
        let number = String(index)
        return path + "/game-" + String(repeating: "0", count: max(0, 6 - number.count)) + number
            + ".jsonl"
    }

    /// Writes the record of one game, unless writing has stopped.
    mutating func write(_ result: GameResult, _ record: GameRecord) {
        guard failure == nil else { return }
        var seats: [String: String] = [:]
        for (role, strategy) in zip(result.roles, result.strategies) { seats[role] = strategy }
        let header = SaveHeader(
            game: gamePath, definitionHash: definitionHash, seed: result.seed,
            language: spec.language, seats: seats)
        do throws(SaveProblem) {
            _ = try SaveWriter.create(
                path: file(of: result.index), header: header, spec: spec, actions: record.actions)
        } catch {
            failure = error.message(in: Language(code: spec.language) ?? .en)
        }
    }
}
