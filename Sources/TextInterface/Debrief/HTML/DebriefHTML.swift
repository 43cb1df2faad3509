/// Renders a debrief report as one self-contained HTML page: inline CSS and SVG charts, no
/// scripts, no external resources, for a projector at 1280×800 and for print on A4.
public enum DebriefHTML {
    /// The page for `report`, in the report's language.
    public static func render(_ report: DebriefReport) -> String {
        let context = DebriefHTMLContext(report: report)
        // Charts and the comparison first, for the projector; the long story last.
        let sections: [(id: String, title: String, content: [Markup])] = [
            ("overzicht", context.text("debrief.html.overview"), context.overview()),
            ("grafieken", context.text("debrief.html.charts"), context.charts()),
            ("straat", context.text("debrief.html.streets"), context.streets()),
            (
                "tegenfeitelijk", context.text("debrief.html.counterfactual"),
                context.counterfactual()
            ),
            ("koppelingen", context.text("debrief.html.couplings"), context.couplings()),
            ("beloftes", context.text("debrief.html.promises"), context.promises()),
            ("dilemmas", context.text("debrief.html.dilemmas"), context.dilemmas()),
            ("scores", context.text("debrief.html.scores"), context.scores()),
            ("vragen", context.text("debrief.html.questions"), context.questions()),
            ("verhaal", context.text("debrief.html.story"), context.story()),
        ]
        let contents = Markup.node(
            "nav", [("class", "contents")],
            [
                .node("strong", text: context.text("debrief.html.contents")),
                .node(
                    "ol", [],
                    sections.map { section in
                        .node(
                            "li", [],
                            [.node("a", [("href", "#" + section.id)], text: section.title)])
                    }),
            ])
        let body =
            [contents]
            + sections.enumerated().map { index, section in
                Markup.node(
                    "section", [("id", section.id)] + (index == 0 ? [("class", "first")] : []),
                    [.node("h2", text: section.title)] + section.content)
            }
        let page = HTMLPage(
            language: report.language.rawValue, title: report.title,
            subtitle: context.subtitle(), body: body)
        return page.rendered
    }
}
