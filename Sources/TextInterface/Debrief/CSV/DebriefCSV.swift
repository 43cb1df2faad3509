/// The debrief's spreadsheets: one CSV table per file name. Column names are stable ids in
/// English; texts are in the report's language; numbers use a decimal point.
public enum DebriefCSV {
    /// The file names, in the order written.
    public static let fileNames = [
        "years-roles.csv", "years-districts.csv", "events.csv", "actions.csv", "dilemmas.csv",
    ]

    /// Every table by file name.
    public static func render(_ report: DebriefReport) -> [(name: String, table: CSVTable)] {
        [
            ("years-roles.csv", yearsRoles(report)),
            ("years-districts.csv", yearsDistricts(report)),
            ("events.csv", events(report)),
            ("actions.csv", actions(report)),
            ("dilemmas.csv", dilemmas(report)),
        ]
    }

    /// A number with at most two decimals and no needless zeros.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "" }
        let rounded = (value * 100).rounded() / 100
        if rounded == rounded.rounded(), abs(rounded) < 1e15 { return "\(Int(rounded))" }
        return "\(rounded)"
    }

    /// Per year and role: budget, score, trust given and received, goals reached.
    static func yearsRoles(_ report: DebriefReport) -> CSVTable {
        var table = CSVTable(header: [
            "year", "role", "role_name", "seat", "budget", "score", "trust_given", "trust_received",
            "goals_reached", "goals",
        ])
        for year in report.years {
            for (index, role) in report.roles.enumerated() {
                table.rows.append([
                    "\(year.year)", role.id, role.name, role.seat, number(year.end.budgets[index]),
                    number(year.end.scores[index]), number(year.trustGiven[index]),
                    number(year.trustReceived[index]), "\(year.end.goalsReached[index])",
                    "\(report.scores[index].goals.count)",
                ])
            }
        }
        return table
    }

    /// Per year and district: nuisance, the projects that opened the street, breach, graafrust.
    static func yearsDistricts(_ report: DebriefReport) -> CSVTable {
        var table = CSVTable(header: [
            "year", "district", "district_name", "nuisance", "opened", "projects", "breach",
            "graafrust", "couplings",
        ])
        for year in report.years {
            for (index, district) in report.districts.enumerated() {
                let street = report.streets[index].years.first { $0.round == year.round }
                table.rows.append([
                    "\(year.year)", district.id, district.name, number(year.end.nuisance[index]),
                    year.openings[index].isEmpty ? "0" : "1",
                    year.openings[index].joined(separator: "; "),
                    street?.breach == true ? "1" : "0", year.graafrust[index] ? "1" : "0",
                    (street?.couplings ?? []).joined(separator: "; "),
                ])
            }
        }
        return table
    }

    /// Every event that fired: year, id, title.
    static func events(_ report: DebriefReport) -> CSVTable {
        CSVTable(
            header: ["year", "event", "title"],
            rows: report.events.map { ["\($0.year)", $0.id, $0.title] })
    }

    /// Every action: index, year, phase, role, the action in words.
    static func actions(_ report: DebriefReport) -> CSVTable {
        CSVTable(
            header: ["index", "year", "phase", "role", "action"],
            rows: report.actions.map { ["\($0.index)", "\($0.year)", $0.phase, $0.role, $0.text] })
    }

    /// Every dilemma choice: one record per chooser per decision.
    static func dilemmas(_ report: DebriefReport) -> CSVTable {
        var table = CSVTable(header: [
            "year", "dilemma", "title", "role", "option", "label", "by_default", "defaulted",
            "cost",
        ])
        for dilemma in report.dilemmas {
            for choice in dilemma.choices {
                table.rows.append([
                    "\(dilemma.year)", dilemma.id, dilemma.title, report.roles[choice.role].id,
                    choice.option, choice.label, choice.byDefault ? "1" : "0",
                    dilemma.defaulted ? "1" : "0", dilemma.cost.joined(separator: "; "),
                ])
            }
        }
        return table
    }
}
