extension DebriefHTMLContext {
    /// The scores per role and shared, each with its goals reached or not.
    func scores() -> [Markup] {
        let table = HTMLTable(
            headings: [
                text("debrief.html.role"), text("debrief.html.score"), text("debrief.html.goals"),
            ],
            rows: (report.scores + [report.shared]).map { score in
                let name = score.role.map(roleName) ?? text("debrief.html.shared.series")
                let reached = score.goals.filter(\.reached).count
                return [
                    name, number(score.score), String(reached) + " / " + String(score.goals.count),
                ]
            },
            numeric: [1, 2],
            emphasised: [report.scores.count])
        var parts: [Markup] = [table.markup]
        for score in report.scores + [report.shared] where !score.goals.isEmpty {
            let name = score.role.map(roleName) ?? text("debrief.html.shared-goals")
            parts.append(.node("h3", text: name))
            parts.append(list(score.goals.map(goalLine)))
        }
        return parts
    }

    /// One goal as a line: reached or not, its points, its text and deadline.
    private func goalLine(_ goal: DebriefGoal) -> String {
        let mark =
            goal.reached
            ? "✓ " + text("debrief.html.goal.reached") : "✗ " + text("debrief.html.goal.missed")
        let deadline =
            goal.deadline.map { " (" + text("debrief.html.deadline", String($0)) + ")" } ?? ""
        return mark + " · " + text("debrief.html.points", number(goal.points)) + " · " + goal.text
            + deadline
    }
}
