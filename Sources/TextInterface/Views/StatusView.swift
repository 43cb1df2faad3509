import GameRules

/// `status`: the year, phase, turn, form, money, trust and what is open, at a glance.
enum StatusView {
    /// The lines of the view.
    static func render(_ c: ViewContext) -> [String] {
        let spec = c.spec
        let view = c.view
        var lines = [
            c.heading(
                c.text(
                    "status.title", c.year(view.round), c.text.phaseName(spec.phases[view.phase])))
        ]
        if c.actsTogether, c.game.phase.secret, view.activeRole != nil {
            let playing = spec.roles.indices.filter { !c.game.state.ready[$0] }.map(c.role)
            lines.append(c.text("status.still-playing", playing.joined(separator: ", ")))
        } else if let active = view.activeRole {
            lines.append(c.text("status.turn", c.role(active)))
        }
        var form = spec.forms[view.form].name
        if let next = view.pendingForm {
            form += " " + c.text("status.next-form", spec.forms[next].name)
        }
        lines.append(c.text("status.form", form, Format.number(view.groupTrust)))
        lines += InstrumentLines.status(
            c, agreement: view.agreement, since: view.agreementRound,
            coordinator: view.coordinator == true)
        lines += ProgrammeLines.status(c)
        if let viewer = c.viewer, let budget = view.budgets[viewer] {
            lines.append(
                c.text(
                    "status.budget", c.role(viewer), Format.number(budget),
                    Format.number(spec.roles[viewer].income)))
        } else {
            let budgets = spec.roles.indices.map {
                "\(spec.roles[$0].id) \(Format.number(view.budgets[$0] ?? 0))"
            }
            lines.append(c.text("status.budgets", budgets.joined(separator: ", ")))
        }
        lines += InstrumentLines.earmarks(c)
        if !spec.funds.isEmpty {
            let funds = spec.funds.indices.map {
                "\(spec.funds[$0].name) \(Format.number(view.funds[$0]))"
            }
            lines.append(c.text("status.funds", funds.joined(separator: ", ")))
        }
        if !spec.indicators.isEmpty {
            let values = spec.indicators.indices.map {
                "\(spec.indicators[$0].name) \(Format.number(c.game.indicator($0)))"
            }
            lines += Format.wrap(c.text("status.indicators", values.joined(separator: ", ")))
        }
        let open = view.proposals.filter { $0.accepted == nil }.count
        let dilemmas = spec.dilemmas.indices.filter { view.dilemmas[$0].isOpen }.map {
            spec.dilemmas[$0].id
        }
        lines.append(
            c.text(
                "status.open", "\(open)", dilemmas.isEmpty ? "-" : dilemmas.joined(separator: ", "))
        )
        if spec.phases[view.phase].kind.isInteractive {
            let ready = spec.roles.indices.map {
                "\(spec.roles[$0].name) \(view.ready[$0] ? "✓" : "·")"
            }
            lines.append(c.text("status.ready", ready.joined(separator: "  ")))
        }
        lines += knownGoals(c)
        if view.paused { lines.append(c.style.yellow(c.text("status.paused"))) }
        lines.append(c.text("status.round-of", "\(view.round + 1)", "\(spec.rounds)"))
        return lines
    }

    /// What meetings showed the viewer of the others' goals (only to the viewer).
    private static func knownGoals(_ c: ViewContext) -> [String] {
        guard let known = c.view.knownGoals, let viewer = c.viewer else { return [] }
        var lines: [String] = []
        for (role, goals) in known.enumerated() where role != viewer && !goals.isEmpty {
            let texts = goals.compactMap { goal in
                c.spec.roles[role].goals.indices.contains(goal)
                    ? c.spec.roles[role].goals[goal].text : nil
            }
            lines += Format.wrap(
                c.text("status.known-goals", c.role(role), texts.joined(separator: " ")))
        }
        return lines
    }
}
