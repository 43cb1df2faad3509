import GameRules

/// `scores`: the viewer's goals and score (all roles for the facilitator), the shared goals
/// and the indicators.
enum ScoresView {
    /// The lines of the view.
    static func render(_ c: ViewContext) -> [String] {
        let spec = c.spec
        var lines = [c.heading(c.text("scores.title"))]
        let roles = c.viewer.map { [$0] } ?? Array(spec.roles.indices)
        for role in roles {
            guard let reached = c.view.goalsReached[role] else { continue }
            lines.append(c.text("scores.role", c.role(role), Format.number(c.game.score(of: role))))
            lines += goals(c, spec.roles[role].goals, reached)
        }
        lines.append(c.text("scores.shared", Format.number(c.game.sharedScore)))
        lines += goals(c, spec.sharedGoals, c.view.sharedGoalsReached)
        if !spec.indicators.isEmpty {
            lines.append(c.text("scores.indicators"))
            for (index, indicator) in spec.indicators.enumerated() {
                let arrow = indicator.higherIsBetter ? "↑" : "↓"
                lines.append(
                    "  " + Format.pad(indicator.name, 30)
                        + Format.right(Format.number(c.game.indicator(index)), 6) + " " + arrow)
            }
        }
        return lines
    }

    /// One line per goal: reached or not, points, deadline and text.
    static func goals(_ c: ViewContext, _ goals: [GoalSpec], _ reached: [Bool]) -> [String] {
        goals.enumerated().flatMap { index, goal -> [String] in
            let done = reached.indices.contains(index) && reached[index]
            let mark = done ? c.style.green("✓") : "·"
            let deadline =
                goal.deadline.map { " (" + c.text("scores.until", c.year($0)) + ")" } ?? ""
            let head = "  \(mark) " + Format.right(Format.number(goal.points), 3) + "  "
            let wrapped = Format.wrap(goal.text + deadline, width: Format.width - 10)
            return wrapped.enumerated().map {
                $0.offset == 0 ? head + $0.element : "        " + $0.element
            }
        }
    }
}
