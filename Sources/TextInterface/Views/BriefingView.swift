import GameRules

/// `briefing`: the game's history, then the role's briefing, budget, income, goals and own
/// projects.
enum BriefingView {
    /// The lines of the view (every role's briefing for the facilitator).
    static func render(_ c: ViewContext) -> [String] {
        let roles = c.viewer.map { [$0] } ?? Array(c.spec.roles.indices)
        return history(c) + roles.flatMap { role(c, $0) }
    }

    /// What went before the game (`history`), under its heading; nothing when the game
    /// tells none.
    static func history(_ c: ViewContext) -> [String] {
        guard !c.spec.history.isEmpty else { return [] }
        return [c.heading(c.text("briefing.history"))] + Format.wrap(c.spec.history, indent: "  ")
    }

    private static func role(_ c: ViewContext, _ index: Int) -> [String] {
        let rules = c.spec.roles[index]
        var lines = [c.heading("\(rules.name) (\(rules.id))")]
        lines += Format.wrap(rules.brief, indent: "  ")
        lines.append(
            c.text("briefing.money", Format.number(rules.budget), Format.number(rules.income)))
        lines.append(c.text("briefing.goals"))
        lines += ScoresView.goals(c, rules.goals, c.view.goalsReached[index] ?? [])
        let own = c.spec.projects.filter { $0.owner == index }.map(\.id)
        if !own.isEmpty {
            lines += Format.wrap(c.text("briefing.projects", own.joined(separator: ", ")))
        }
        return lines
    }
}
