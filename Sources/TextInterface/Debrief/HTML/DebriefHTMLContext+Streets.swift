extension DebriefHTMLContext {
    /// The street timeline per district and a table of openings and breaches.
    func streets() -> [Markup] {
        guard let first = report.streets.first, !first.years.isEmpty else {
            return [paragraph(text("debrief.html.none"), muted: true)]
        }
        let streetYears = first.years.map(\.year)
        let rows = report.streets.map { street in
            TimelineRow(
                name: districtName(street.district),
                years: street.years.map { year in
                    TimelineCell(
                        openings: year.projects.count, couplings: year.couplings.count,
                        graafrust: year.graafrust, breaches: year.breach ? 1 : 0,
                        reached: year.reached)
                })
        }
        let openings = report.streets.map(\.openings).reduce(0, +)
        let breaches = report.streets.map(\.breaches).reduce(0, +)
        let couplings = report.streets.flatMap(\.years).map(\.couplings.count).reduce(0, +)
        let caption = text(
            "debrief.html.streets.desc", String(openings), String(breaches), String(couplings))
        let chart = StreetTimeline(
            id: "chart-streets", title: text("debrief.html.streets.title"), description: caption,
            years: streetYears, rows: rows,
            legendLabels: (
                text("debrief.html.streets.opening"), text("debrief.html.streets.coupling"),
                text("debrief.html.streets.graafrust"), text("debrief.html.streets.breach")
            ))
        let table = HTMLTable(
            headings: [
                text("debrief.html.district"), text("debrief.html.openings"),
                text("debrief.html.breaches"), text("debrief.html.dug"),
            ],
            rows: report.streets.map { street in
                let dug = street.years.filter { !$0.projects.isEmpty }.map { year in
                    String(year.year) + ": " + year.projects.joined(separator: ", ")
                }
                return [
                    districtName(street.district), String(street.openings), String(street.breaches),
                    dug.joined(separator: "; "),
                ]
            },
            numeric: [1, 2])
        return [figure(chart.svg, title: chart.title, caption: caption), table.markup]
    }

    /// The district's name at `index`.
    private func districtName(_ index: Int) -> String {
        report.districts.indices.contains(index) ? report.districts[index].name : "?"
    }
}
