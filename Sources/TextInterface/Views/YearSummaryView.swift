import GameRules

/// The year at a glance, on one screen at the end of its review: per role its budget, score,
/// the trust others have in it and its goals, each with the change over the year; then the
/// couplings made, nuisance per district and the shared score.
enum YearSummaryView {
    /// The lines for the year `round` that closed at `after`, compared with `before` (the
    /// previous year's close, or the start of the game).
    static func render(
        _ c: ViewContext, round: Int, before: YearSnapshot, after: YearSnapshot
    ) -> [String] {
        let spec = c.spec
        var lines = [c.heading(c.text("summary.title", c.year(round)))]
        lines.append(
            "  " + Format.pad("", 20) + Format.right(c.text("summary.budget"), 14)
                + Format.right(c.text("summary.score"), 14)
                + Format.right(c.text("summary.trust"), 14)
                + Format.right(c.text("summary.goals"), 8))
        for role in spec.roles.indices {
            let trust = (
                received(before, role, roles: spec.roles.count),
                received(after, role, roles: spec.roles.count)
            )
            lines.append(
                "  " + Format.pad(c.role(role), 20)
                    + Format.right(pair(before.budgets[role], after.budgets[role]), 14)
                    + Format.right(pair(before.scores[role], after.scores[role]), 14)
                    + Format.right(pair(trust.0, trust.1), 14)
                    + Format.right(
                        "\(after.goalsReached[role])/\(spec.roles[role].goals.count)", 8))
        }
        lines.append(
            c.text(
                "summary.shared", pair(before.sharedScore, after.sharedScore),
                pair(before.groupTrust, after.groupTrust),
                "\(after.couplingsMade - before.couplingsMade)"))
        let nuisance = spec.districts.indices.map {
            "\(spec.districts[$0].id) \(Format.number(after.nuisance[$0]))"
        }
        lines += Format.hang(c.text("summary.nuisance", nuisance.joined(separator: ", ")))
        lines += InstrumentLines.summary(c, after)
        lines += PlanFixingLines.summary(c, after)
        lines += ProgrammeLines.summary(c, after)
        return lines
    }

    /// The mean trust the other roles have in `role`.
    private static func received(_ snapshot: YearSnapshot, _ role: Int, roles: Int) -> Double {
        guard roles > 1 else { return 0 }
        let others = (0..<roles).filter { $0 != role }
        return others.reduce(0) { $0 + snapshot.trust[$1 * roles + role] } / Double(others.count)
    }

    /// `value (+change)`.
    private static func pair(_ before: Double, _ after: Double) -> String {
        let change = after - before
        let shown = Format.number(change)
        return Format.number(after) + (shown == "0" ? "" : " (\(Format.signed(change)))")
    }
}
