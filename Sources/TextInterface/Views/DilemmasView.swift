import GameRules

/// `dilemma's`: open dilemmas with their options, deadline and who has chosen.
enum DilemmasView {
    /// The lines of the view.
    static func render(_ c: ViewContext) -> [String] {
        let spec = c.spec
        var lines = [c.heading(c.text("dilemmas.title"))]
        var any = false
        for (index, rules) in spec.dilemmas.enumerated() where c.view.dilemmas[index].isOpen {
            any = true
            let view = c.view.dilemmas[index]
            lines.append(
                c.style.bold("\(rules.title) (\(rules.id))") + " "
                    + c.text("dilemmas.deadline", c.year(view.deadline)))
            lines += Format.wrap(rules.text, indent: "  ")
            for (number, option) in rules.options.enumerated() {
                let isDefault =
                    number == rules.defaultOption ? " " + c.text("dilemmas.default") : ""
                let label = OptionLabel.text(option, spec: spec, messages: c.text)
                lines.append("    \(number + 1). \(option.id): \(label)\(isDefault)")
            }
            let choosers = zip(rules.choosers, zip(view.choices, view.hasChosen)).map {
                role, pair -> String in
                let (choice, chosen) = pair
                if let choice { return "\(c.role(role)): \(rules.options[choice].id)" }
                return "\(c.role(role)): " + (chosen ? c.text("dilemmas.secret") : "?")
            }
            lines.append("  " + choosers.joined(separator: ", "))
        }
        if !any { lines.append("  " + c.text("dilemmas.none")) }
        return lines
    }
}
