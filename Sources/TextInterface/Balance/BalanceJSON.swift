import Foundation
import Strategies

/// A balance report as JSON, for scripts and CI: verdicts, line-ups with their summaries,
/// and the content tally.
struct BalanceJSON: Encodable {
    /// One line-up.
    struct Line: Encodable {
        var id: String
        var label: String
        var seed: UInt64
        var summary: Summary
    }

    var game: String
    var masterSeed: UInt64
    var games: Int
    var passed: Bool
    var verdicts: [BalanceVerdict]
    var lines: [Line]
    var content: [ContentTally.Item]

    /// The JSON of `report` for the game at `path`.
    init(report: BalanceReport, path: String) {
        game = path
        masterSeed = report.masterSeed
        games = report.games
        passed = report.passed
        verdicts = report.verdicts
        lines = report.lines.map {
            Line(
                id: $0.line.id, label: $0.line.label(roles: report.roles), seed: $0.seed,
                summary: $0.summary)
        }
        content = report.content?.items ?? []
    }

    /// The text: pretty, with sorted keys, so the same check gives the same bytes.
    func text() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(self) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
