extension DebriefHTMLContext {
    /// Each dilemma decision: who chose what, whether it was a hot potato and what it cost.
    func dilemmas() -> [Markup] {
        guard !report.dilemmas.isEmpty else {
            return [paragraph(text("debrief.html.dilemmas.none"), muted: true)]
        }
        let hot = report.dilemmas.filter(\.defaulted)
        let table = HTMLTable(
            headings: [
                text("debrief.html.year.column"), text("debrief.html.dilemma"),
                text("debrief.html.choices"), text("debrief.html.hot"), text("debrief.html.cost"),
            ],
            rows: report.dilemmas.map { dilemma in
                let choices = dilemma.choices.map { choice in
                    roleName(choice.role) + ": " + choice.label
                        + (choice.byDefault ? " (" + text("debrief.html.by-default") + ")" : "")
                }
                return [
                    String(dilemma.year), dilemma.title, choices.joined(separator: "; "),
                    text(dilemma.defaulted ? "debrief.html.yes" : "debrief.html.no"),
                    dilemma.cost.joined(separator: "; "),
                ]
            })
        let summary = text(
            "debrief.html.dilemmas.summary", String(report.dilemmas.count), String(hot.count))
        return [paragraph(summary), table.markup]
    }
}
