extension DebriefHTMLContext {
    /// Every coupling chance: made, missed or unused, with the money saved or forgone.
    func couplings() -> [Markup] {
        guard !report.couplings.isEmpty else {
            return [paragraph(text("debrief.html.none"), muted: true)]
        }
        let count = { (status: DebriefCoupling.Status) in
            String(report.couplings.filter { $0.status == status }.count)
        }
        let summary = text(
            "debrief.html.couplings.summary", count(.made), number(report.couplingSaved),
            count(.missed),
            number(report.couplingForgone), count(.unused))
        let table = HTMLTable(
            headings: [
                text("debrief.html.coupling"), text("debrief.html.projects"),
                text("debrief.html.status"),
                text("debrief.html.year.column"), text("debrief.html.saving"),
                text("debrief.html.money"),
            ],
            rows: report.couplings.map { coupling in
                let money: String
                switch coupling.status {
                case .made: money = text("debrief.html.saved", number(coupling.saved))
                case .missed: money = text("debrief.html.forgone", number(coupling.saving))
                case .unused: money = "–"
                }
                return [
                    coupling.name, coupling.projects.joined(separator: " + "),
                    text("debrief.html.status." + coupling.status.rawValue),
                    coupling.year.map(String.init) ?? "–", number(coupling.saving), money,
                ]
            },
            numeric: [4])
        return [paragraph(summary), table.markup]
    }
}
