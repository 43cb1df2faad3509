import GameRules

/// `wijk ID`: a district's variables, nuisance, underground space, projects and openings.
enum DistrictView {
    /// The lines of the view.
    static func render(_ c: ViewContext, district: Int) -> [String] {
        let spec = c.spec
        let rules = spec.districts[district]
        var lines = [c.heading("\(rules.name) (\(rules.id))")]
        for variable in rules.variables where spec.variables.indices.contains(variable) {
            let name =
                spec.variables[variable].name.split(separator: ".").last.map(String.init) ?? ""
            let value = c.view.variables[variable]
            let bounds = spec.variables[variable]
            let bar = Format.bar(value - bounds.min, maximum: bounds.max - bounds.min, width: 20)
            lines.append(
                "  " + Format.pad(name, 16) + " " + Format.right(Format.number(value), 5) + "  "
                    + bar)
        }
        lines.append(
            "  " + Format.pad(c.text("district.nuisance"), 16) + " "
                + Format.right(Format.number(c.view.nuisance[district]), 5))
        lines.append(
            "  " + Format.pad(c.text("district.slots"), 16) + " "
                + Format.right("\(c.view.slotsUsed[district])/\(rules.slots)", 5))
        let projects = spec.projects.indices.filter { spec.projects[$0].district == district }
        if !projects.isEmpty {
            lines.append("  " + c.text("district.projects"))
            for project in projects {
                lines.append(
                    "    " + Format.column(spec.projects[project].id, 20) + " "
                        + ProjectsView.status(c, project))
            }
        }
        let openings = c.view.openings.filter { $0.district == district }
        if !openings.isEmpty {
            let years = openings.map { c.year($0.round) + ($0.breach ? "!" : "") }
            lines.append("  " + c.text("district.openings", years.joined(separator: ", ")))
        }
        return lines
    }
}
