/// A whole self-contained page: one HTML file with inline CSS and inline SVG, no scripts and
/// no external resources, written as XHTML-compatible markup so an XML parser reads it.
struct HTMLPage: Sendable {
    /// The page's language code, such as `nl`.
    var language: String
    /// The title in the browser's tab and the cover's heading.
    var title: String
    /// The line under the heading.
    var subtitle: String
    /// The body after the cover.
    var body: [Markup]

    /// The page as text.
    var rendered: String {
        let head = Markup.node(
            "head", [],
            [
                .node("meta", [("charset", "utf-8")]),
                .node(
                    "meta",
                    [("name", "viewport"), ("content", "width=device-width, initial-scale=1")]),
                .node("title", text: title),
                .node("style", text: PageStyle.css),
            ])
        let cover = Markup.node(
            "header", [("class", "cover")],
            [.node("h1", text: title), .node("p", text: subtitle)])
        let html = Markup.node(
            "html", [("lang", language)],
            [head, .node("body", [], [cover, .node("main", [], body)])])
        return "<!DOCTYPE html>\n" + html.rendered + "\n"
    }
}
