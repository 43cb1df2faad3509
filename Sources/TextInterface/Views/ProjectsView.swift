import GameRules

/// `projecten [WIJK]`: every project with owner, district, cost, duration, timing and status.
enum ProjectsView {
    /// The lines of the view, optionally for one district only.
    static func render(_ c: ViewContext, district: Int?) -> [String] {
        let spec = c.spec
        var lines = [c.heading(c.text("projects.title"))]
        lines.append("  " + Format.pad(c.text("projects.header"), 76))
        for (index, rules) in spec.projects.enumerated()
        where district == nil || rules.district == district {
            let mine = c.viewer == rules.owner ? "*" : " "
            let timing =
                c.year(rules.earliestStart) + "-"
                + c.year(min(rules.latestStart ?? spec.rounds - 1, spec.rounds - 1))
            let line =
                mine + " " + Format.column(rules.id, 18) + " "
                + Format.column(spec.roles[rules.owner].id, 12) + " "
                + Format.column(spec.districts[rules.district].id, 7)
                + Format.right(Format.number(c.game.startCost(of: index, for: c.viewer)), 4)
                + Format.right("\(rules.duration)", 3) + "  " + Format.pad(timing, 10) + " "
                + status(c, index)
            lines.append(line)
            var details: [String] = []
            if !rules.partners.isEmpty {
                details.append(
                    c.text(
                        "projects.partners",
                        rules.partners.map { c.role($0) }.joined(separator: ", ")))
            }
            if rules.digs { details.append(c.text("projects.digs")) }
            if rules.slots > 0 { details.append(c.text("projects.slots", "\(rules.slots)")) }
            if let deadline = rules.deadline {
                details.append(c.text("projects.deadline", c.year(deadline)))
            }
            if let precondition = rules.precondition {
                details.append(
                    c.text(
                        "projects.requires",
                        ConditionText(spec: spec, text: c.text).sentence(precondition)))
            }
            let about = ([rules.name] + details).joined(separator: "; ")
            lines += Format.wrap(about, width: Format.width - 2, indent: "    ")
        }
        lines.append(c.text("projects.legend"))
        return lines
    }

    /// A project's status as the viewer sees it: idle, planned for a year, running, done, failed.
    static func status(_ c: ViewContext, _ index: Int) -> String {
        let view = c.view.projects[index]
        switch view.phase {
        case .idle: return c.text("project.idle")
        case .planned:
            let planned = c.text("project.planned", view.plannedRound.map { c.year($0) } ?? "?")
            return PlanFixingLines.note(c, project: index).map { planned + ", " + $0 } ?? planned
        case .running:
            return c.style.yellow(
                c.text("project.running", view.startedRound.map { c.year($0) } ?? "?"))
        case .done: return c.style.green(c.text("project.done"))
        case .failed: return c.style.red(c.text("project.failed"))
        }
    }
}
