import GameRules

/// `plannen`: the plans the viewer may see (own plans, shared ones, and what the form shows).
enum PlansView {
    /// The lines of the view.
    static func render(_ c: ViewContext) -> [String] {
        let spec = c.spec
        var lines = [c.heading(c.text("plans.title"))]
        var any = false
        for (index, project) in c.view.projects.enumerated() {
            guard let round = project.plannedRound, project.phase == .planned else { continue }
            any = true
            let rules = spec.projects[index]
            let promised = c.view.commitments.contains { $0.project == index && $0.kept == nil }
            let line =
                Format.pad(c.year(round), 6) + Format.column(rules.id, 20) + " "
                + Format.pad(c.role(rules.owner), 18)
                + " " + Format.column(spec.districts[rules.district].id, 8)
                + Format.right(Format.number(c.game.startCost(of: index, for: c.viewer)), 5)
                + (rules.digs ? "  " + c.text("plans.digs") : "")
                + (promised ? "  " + c.text("plans.promised") : "")
                + (PlanFixingLines.note(c, project: index).map { "  " + $0 } ?? "")
            lines.append("  " + line)
        }
        if !any { lines.append("  " + c.text("plans.none")) }
        let shared = spec.roles.indices.filter { c.view.shared[$0] }.map { c.role($0) }
        if !shared.isEmpty {
            lines.append(c.text("plans.shared-by", shared.joined(separator: ", ")))
        }
        return lines
    }
}
