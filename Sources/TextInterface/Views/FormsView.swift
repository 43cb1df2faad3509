import GameRules

/// `vormen`: what each collaboration form does, which one applies now, and how to propose
/// another.
enum FormsView {
    /// The lines of the view.
    static func render(_ c: ViewContext) -> [String] {
        let spec = c.spec
        var lines = [c.heading(c.text("forms.title"))]
        for (index, form) in spec.forms.enumerated() {
            var head = form.name + " (" + form.id + ")"
            if index == c.view.form { head += "  " + c.style.green(c.text("forms.current")) }
            if index == c.view.pendingForm { head += "  " + c.text("forms.pending") }
            lines.append((index == c.view.form ? "* " : "  ") + c.style.bold(head))
            if !form.text.isEmpty { lines += Format.wrap(form.text, indent: "    ") }
            for rule in rules(c, form) { lines += Format.wrap(rule, indent: "    ") }
        }
        lines += Format.wrap(
            c.text(
                "forms.now", spec.forms[c.view.form].name, Format.number(c.view.groupTrust)))
        lines += Format.wrap(c.text("forms.how"))
        return lines
    }

    /// The rules a form brings, one sentence each.
    static func rules(_ c: ViewContext, _ form: FormSpec) -> [String] {
        let spec = c.spec
        var rules: [String] = []
        switch form.visibility {
        case .shared: rules.append(c.text("forms.sees.shared"))
        case .horizon: rules.append(c.text("forms.sees.horizon", "\(form.horizon)"))
        case .all: rules.append(c.text("forms.sees.all"))
        }
        rules.append(c.text("forms.decides.\(form.decision.rawValue)"))
        rules.append(
            form.couplingBonus > 0
                ? c.text("forms.bonus", Format.number(form.couplingBonus))
                : c.text("forms.no-bonus"))
        if form.coordinatorCost > 0 {
            let share = form.coordinatorCost / Double(max(1, spec.roles.count))
            rules.append(
                c.text(
                    "forms.coordinator", Format.number(form.coordinatorCost), Format.number(share)))
        } else {
            rules.append(c.text("forms.no-coordinator"))
        }
        if form.minGroupTrust > 0 {
            rules.append(
                c.text(
                    "forms.trust", Format.number(form.minGroupTrust),
                    spec.forms.first?.name ?? "?"))
        } else {
            rules.append(c.text("forms.no-trust"))
        }
        return rules
    }
}
