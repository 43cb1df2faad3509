extension DebriefHTMLContext {
    /// The story per year: a heading with the form and the change in trust, then the year's
    /// sentences.
    func story() -> [Markup] {
        report.years.map { year in
            let heading = text(
                "debrief.html.year", String(year.year), year.formName, number(year.end.groupTrust),
                change(year.trustChange))
            return .node(
                "div", [("class", "year")],
                [.node("h3", text: heading), list(year.story)])
        }
    }
}
