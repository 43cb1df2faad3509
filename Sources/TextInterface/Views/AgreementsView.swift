import GameRules

/// `afspraken`: the agreements the table can sign with their terms and what is in force,
/// and the independent process coordinator.
enum AgreementsView {
    /// The lines of the view.
    static func render(_ c: ViewContext) -> [String] {
        let spec = c.spec
        let state = c.game.state
        var lines = [c.heading(c.text("agreements.title"))]
        guard !spec.agreements.isEmpty || spec.coordinator != nil else {
            return lines + [c.text("agreements.none")]
        }
        for (index, rules) in spec.agreements.enumerated() {
            let status: String
            if state.agreement == index {
                status = c.text("agreements.in-force", state.agreementRound.map(c.year) ?? "?")
            } else if state.agreementsSigned[index] {
                status = c.text("agreements.signed")
            } else {
                status = c.text("agreements.open")
            }
            lines.append(c.style.bold("\(rules.name) (\(rules.id))") + " · " + status)
            if !rules.text.isEmpty { lines += Format.wrap(rules.text, indent: "  ") }
            lines += terms(c, rules).flatMap { Format.wrap($0, indent: "  ") }
            if state.agreement != index {
                lines.append("  " + c.text("agreements.how", rules.id))
            }
        }
        if let rules = spec.coordinator { lines += coordinator(c, rules) }
        return lines
    }

    /// The terms of an agreement, one sentence each.
    private static func terms(_ c: ViewContext, _ rules: AgreementSpec) -> [String] {
        let spec = c.spec
        var lines: [String] = []
        if let after = rules.after {
            lines.append(c.text("agreements.after", spec.agreements[after].name))
        }
        lines.append(
            c.text(
                "agreements.needs", Format.number(rules.minGroupTrust),
                Format.number(c.game.groupTrust), Format.number(rules.fee)))
        if let rounds = rules.rounds { lines.append(c.text("agreements.rounds", "\(rounds)")) }
        if let graafrust = rules.graafrust {
            lines.append(c.text("agreements.term.graafrust", "\(graafrust)"))
        }
        if let key = rules.key {
            let shares = spec.roles.indices.filter { key[$0] > 0 }.map {
                "\(spec.roles[$0].name) \(Format.number(key[$0] * 100))%"
            }
            lines.append(c.text("agreements.term.key", shares.joined(separator: ", ")))
        }
        if rules.coordinator, spec.coordinator != nil {
            lines.append(c.text("agreements.term.coordinator"))
        }
        if rules.sharePlans { lines.append(c.text("agreements.term.share-plans")) }
        if rules.holdForm > 0 {
            lines.append(c.text("agreements.term.hold-form", "\(rules.holdForm)"))
        }
        if rules.graafrust != nil || rules.sharePlans {
            lines.append(c.text("agreements.breach", Format.signed(rules.breach)))
        }
        return lines
    }

    /// The coordinator: what it costs and does, and whether it is at work.
    private static func coordinator(_ c: ViewContext, _ rules: CoordinatorSpec) -> [String] {
        let fund = rules.fund.map { c.text("coordinator.fund", c.spec.funds[$0].name) } ?? ""
        var lines = Format.hang(
            c.text(
                "coordinator.line", c.style.bold(rules.name), Format.number(rules.cost), fund,
                Format.number(rules.minGroupTrust)))
        if !rules.text.isEmpty { lines += Format.wrap(rules.text, indent: "  ") }
        lines += Format.wrap(
            c.text(
                "coordinator.does", "\(rules.extraRounds)",
                Format.number(rules.refusalFactor * 100)), indent: "  ")
        if let since = c.game.state.coordinatorRound {
            lines.append("  " + c.text("coordinator.at-work", c.year(since)))
        } else {
            lines.append("  " + c.text("coordinator.not-hired"))
        }
        return lines
    }
}
