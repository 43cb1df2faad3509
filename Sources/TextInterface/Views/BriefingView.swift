import GameRules

/// `briefing`: the role's briefing, budget, income, goals and own projects.
enum BriefingView {
    /// The lines of the view (every role's briefing for the facilitator).
    static func render(_ c: ViewContext) -> [String] {
        let roles = c.viewer.map { [$0] } ?? Array(c.spec.roles.indices)
        return roles.flatMap { role(c, $0) }
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
