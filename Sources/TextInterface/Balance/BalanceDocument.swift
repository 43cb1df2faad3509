import Foundation
import Strategies

/// A balance report as sections of tables, drawn as plain text or as Markdown.
struct BalanceDocument {
    /// One section: a title, a sentence, and a table.
    struct Section {
        var title: String
        var intro: String
        var table: ReportTable
    }

    /// The first lines: what was checked.
    var heading: String
    /// The sections, in order.
    var sections: [Section]

    /// The document of `report` for the game at `path`.
    init(report: BalanceReport, path: String) {
        let lineCount = report.lines.count
        heading =
            "Balance of \(path): \(report.games) games in \(lineCount) line-ups, master seed "
            + "\(report.masterSeed). "
            + (report.passed ? "Every verdict holds." : "Not every verdict holds.")
        sections = [
            Section(
                title: "Verdicts",
                intro: "Each with 95% intervals; `unclear` means more games are needed.",
                table: Self.verdicts(report)),
            Section(
                title: "Line-ups",
                intro: "Mean per game; shared: mean ± half-width of its 95% interval.",
                table: Self.lineups(report)),
        ]
        if let table = Self.seatMatrix(report) {
            sections.append(
                Section(
                    title: "Strategies by seat",
                    intro: "Mean score per role and strategy, over all combinations.",
                    table: table))
        }
        if let table = Self.content(report) {
            sections.append(
                Section(
                    title: "Content",
                    intro: "Share of all games in which each thing happened, fewest first; "
                        + "lowest and highest line-up.",
                    table: table))
        }
    }

    /// Plain text, for a terminal.
    func text() -> String {
        sections.reduce(heading + "\n") { text, section in
            text + "\n" + section.title + "\n" + String(repeating: "-", count: section.title.count)
                + "\n" + section.intro + "\n\n" + section.table.text()
        }
    }

    /// Markdown, for a README.
    func markdown() -> String {
        sections.reduce(heading + "\n") { text, section in
            text + "\n### " + section.title + "\n\n" + section.intro + "\n\n"
                + section.table.markdown()
        }
    }

    static func number(_ value: Double, decimals: Int = 1) -> String {
        String(format: "%.\(decimals)f", value)
    }

    static func verdicts(_ report: BalanceReport) -> ReportTable {
        var table = ReportTable(headings: ["verdict", "status", "finding"], labels: 3)
        for verdict in report.verdicts {
            table.rows.append([verdict.title, verdict.status.rawValue, verdict.finding])
        }
        return table
    }

    static func lineups(_ report: BalanceReport) -> ReportTable {
        var table = ReportTable(
            headings: ["line-up", "games"] + report.roles
                + ["shared", "couplings", "coll. loss", "rounds", "trust"])
        for line in report.lines {
            let summary = line.summary
            let games = Double(max(1, summary.games))
            table.rows.append(
                [line.line.label(roles: report.roles), String(summary.games)]
                    + summary.scores.map { number($0.mean) } + [
                        "\(number(summary.sharedScore.mean)) ± \(number(summary.sharedScore.confidence95))",
                        number(summary.couplingsMade.mean, decimals: 2),
                        number(100 * Double(summary.collectiveLosses) / games) + "%",
                        number(summary.rounds.mean, decimals: 2),
                        number(summary.endTrust.mean, decimals: 0),
                    ])
        }
        return table
    }

    static func seatMatrix(_ report: BalanceReport) -> ReportTable? {
        guard
            let mixed = report.lines.first(where: {
                if case .combinations = $0.line.seats { return true }
                return false
            })?.summary, mixed.strategyScores.count > 1
        else { return nil }
        let names = mixed.strategyScores.keys.sorted()
        var table = ReportTable(headings: ["role"] + names)
        for (seat, role) in report.roles.enumerated() {
            table.rows.append(
                [role] + names.map { mixed.seatScores[seat][$0].map { number($0.mean) } ?? "-" })
        }
        table.rows.append(
            ["every seat"] + names.map { mixed.strategyScores[$0].map { number($0.mean) } ?? "-" })
        return table
    }

    static func content(_ report: BalanceReport) -> ReportTable? {
        guard let total = report.content, !total.items.isEmpty else { return nil }
        var table = ReportTable(
            headings: ["kind", "id", "games", "share", "lowest line", "highest line"], labels: 2)
        let items = total.items.sorted { ($0.games, $0.kind, $0.id) < ($1.games, $1.kind, $1.id) }
        for item in items {
            let shares = report.lines.map { $0.content.share(kind: item.kind, id: item.id) }
            table.rows.append([
                item.kind, item.id, String(item.games),
                number(100 * total.share(kind: item.kind, id: item.id)) + "%",
                number(100 * (shares.min() ?? 0)) + "%", number(100 * (shares.max() ?? 0)) + "%",
            ])
        }
        return table
    }
}
