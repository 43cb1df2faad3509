import Foundation
import Strategies

/// Results files read into one summary, refusing whatever would make the summary wrong: a
/// game counted twice (the same file given twice, or the JSON Lines and the CSV of one run),
/// a line cut off where a run stopped writing, a line that is not a result, or a result of
/// another game.
struct ResultMerger {
    /// Every result read, in the order read.
    private var results: [GameResult] = []
    /// The roles of the first result: every other must have the same.
    private var roles: [String]?
    /// Every problem, as `FILE:LINE: error: ...` lines; nothing may be merged when any.
    private(set) var problems: [String] = []
    /// Where each game was first read (`FILE:LINE`), by its identity.
    private var seen: [GameIdentity: String] = [:]
    /// The files read, by their resolved path.
    private var files: [String: String] = [:]

    /// What makes a game the same game: its number, seed and line-up.
    private struct GameIdentity: Hashable {
        var index: Int
        var seed: UInt64
        var strategies: [String]
    }

    /// The joint summary, adding the games in the order of their numbers (and seeds), as
    /// `simulate` does: shards merge to the very summary of one run on one machine.
    var summary: Summary {
        var summary = Summary(roles: roles ?? [])
        let ordered = results.sorted { ($0.index, $0.seed) < ($1.index, $1.seed) }
        for result in ordered { summary.add(result) }
        return summary
    }

    /// Reads the results file `path` with contents `data`.
    mutating func add(path: String, data: Data) {
        let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        if let earlier = files[resolved] {
            problems.append(
                "\(path): error: the same file as `\(earlier)`; each results file may be merged once"
            )
            return
        }
        files[resolved] = path
        let text = String(decoding: data, as: UTF8.self)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for (offset, line) in lines.enumerated() {
            let number = offset + 1
            if line.trimmingCharacters(in: .whitespaces).isEmpty || line.hasPrefix("index,") {
                continue
            }
            if offset == lines.count - 1 {
                problems.append(
                    "\(path):\(number): error: the last line is cut off (the file does not end "
                        + "with a line end): that run stopped while writing; run its shard again")
                continue
            }
            guard let result = ResultFileFormat.parse(line) else {
                problems.append("\(path):\(number): error: not a game result")
                continue
            }
            let identity = GameIdentity(
                index: result.index, seed: result.seed, strategies: result.strategies)
            if let first = seen[identity] {
                problems.append(
                    "\(path):\(number): error: game \(result.index) (seed \(result.seed)) was "
                        + "already read from \(first); merge each game once (not one file twice, "
                        + "nor the JSON Lines and the CSV of the same run)")
                continue
            }
            seen[identity] = "\(path):\(number)"
            guard result.roles == (roles ?? result.roles), result.scores.count == result.roles.count
            else {
                problems.append("\(path):\(number): error: a result of another game (other roles)")
                continue
            }
            roles = result.roles
            results.append(result)
        }
    }
}
