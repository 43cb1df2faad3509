import Foundation
import Strategies

/// The summary of a series of games as a text table, or as JSON.
enum SummaryTable {
    /// A number with one decimal.
    static func number(_ value: Double) -> String { String(format: "%.1f", value) }

    /// `mean ± ci`.
    static func interval(_ statistic: RunningStatistic) -> String {
        "\(number(statistic.mean)) ± \(number(statistic.confidence95))"
    }

    /// The table: per role mean ± 95% CI and wins, then the shared score and the game figures.
    static func render(_ summary: Summary) -> String {
        var lines = ["games: \(summary.games)", ""]
        let width = max(8, summary.roles.map(\.count).max() ?? 0)
        func pad(_ text: String, _ size: Int) -> String {
            text + String(repeating: " ", count: max(0, size - text.count))
        }
        lines.append("\(pad("role", width))  \(pad("score (mean ± 95% CI)", 22))  wins")
        for (role, id) in summary.roles.enumerated() {
            lines.append(
                "\(pad(id, width))  \(pad(interval(summary.scores[role]), 22))  \(summary.wins[role])"
            )
        }
        if summary.strategyScores.count > 1 {
            lines.append("")
            lines.append("\(pad("strategy", width))  score (mean ± 95% CI, over every seat)")
            for name in summary.strategyScores.keys.sorted() {
                if let statistic = summary.strategyScores[name] {
                    lines.append(
                        "\(pad(name, width))  \(interval(statistic))  (\(statistic.count) seats)")
                }
            }
            lines.append("")
            lines += seatMatrix(summary, width: width)
        }
        lines.append("")
        lines.append("shared score:        \(interval(summary.sharedScore))")
        lines.append("collective losses:   \(summary.collectiveLosses)")
        lines.append("stalls:              \(summary.stalls)")
        if summary.failures > 0 {
            lines.append(
                "failed games:        \(summary.failures) (a bot failed; not counted above)")
        }
        lines.append(
            "average length:      \(number(summary.rounds.mean)) rounds, \(number(summary.actions.mean)) actions"
        )
        lines.append("group trust at end:  \(interval(summary.endTrust))")
        lines.append(
            "couplings made:      \(String(format: "%.2f", summary.couplingsMade.mean)) per game")
        lines.append(
            "couplings missed:    \(String(format: "%.2f", summary.couplingsMissed.mean)) per game")
        lines += shares("events fired", summary.eventGames, of: summary.games)
        lines += shares("instruments used", summary.instrumentGames ?? [:], of: summary.games)
        lines += shares(
            "projects started, fewest first", summary.projectGames, of: summary.games, limit: 5)
        if summary.refusedLegalActions > 0 {
            lines.append("legal actions refused by the rules: \(summary.refusedLegalActions)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Mean score per role (rows) and strategy (columns), for line-ups that mix strategies.
    static func seatMatrix(_ summary: Summary, width: Int) -> [String] {
        let names = summary.strategyScores.keys.sorted()
        let column = max(8, names.map(\.count).max() ?? 0)
        func cell(_ text: String) -> String {
            String(repeating: " ", count: max(0, column - text.count)) + text
        }
        var lines = [
            "mean score per role and strategy:",
            String(repeating: " ", count: width) + names.map { "  " + cell($0) }.joined(),
        ]
        for (role, id) in summary.roles.enumerated() {
            let cells = names.map { name in
                summary.seatScores[role][name].map { number($0.mean) } ?? "-"
            }
            lines.append(
                id + String(repeating: " ", count: max(0, width - id.count))
                    + cells.map { "  " + cell($0) }.joined())
        }
        return lines
    }

    /// `title: id 12%, id 40%, ...` in the share of games, fewest first, wrapped at 80 columns.
    static func shares(_ title: String, _ counts: [String: Int], of games: Int, limit: Int? = nil)
        -> [String]
    {
        guard games > 0, !counts.isEmpty else { return [] }
        var entries = counts.sorted { ($0.value, $0.key) < ($1.value, $1.key) }
        if let limit { entries = Array(entries.prefix(limit)) }
        let items = entries.map {
            "\($0.key) \(Int((100 * Double($0.value) / Double(games)).rounded()))%"
        }
        var lines = ["\(title) (share of games):"]
        var line = " "
        for item in items {
            if line.count + item.count + 2 > 80 {
                lines.append(line)
                line = " "
            }
            line += " " + item
        }
        lines.append(line)
        return lines
    }

    /// The summary as JSON (sorted keys).
    static func json(_ summary: Summary) -> String { SimulationOutput.json(summary) }
}
