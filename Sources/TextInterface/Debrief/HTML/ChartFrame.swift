/// The outer `<svg>` of a chart, with its accessible title and description.
///
/// Every chart is `role="img"`, labelled by its `<title>` and described by its `<desc>`, so a
/// screen reader reads the key numbers.
struct ChartFrame: Sendable {
    /// A page-unique id, used for the title's and description's ids.
    var id: String
    /// The title.
    var title: String
    /// The description: what the chart shows, with its key numbers.
    var description: String
    /// The width of the drawing in user units.
    var width: Double
    /// The height of the drawing in user units.
    var height: Double

    /// The `<svg>` element holding `content`.
    func svg(_ content: [Markup]) -> Markup {
        let titleID = id + "-title"
        let descID = id + "-desc"
        let size = ChartNumber.coordinate(width) + " " + ChartNumber.coordinate(height)
        return .node(
            "svg",
            [
                ("id", id), ("class", "chart"), ("role", "img"),
                ("aria-labelledby", titleID + " " + descID), ("viewBox", "0 0 " + size),
                ("width", ChartNumber.coordinate(width)),
                ("height", ChartNumber.coordinate(height)),
                ("font-family", "sans-serif"), ("font-size", "13"),
            ],
            [
                .node("title", [("id", titleID)], text: title),
                .node("desc", [("id", descID)], text: description),
            ] + content)
    }

    /// A text label at (`x`, `y`).
    static func label(
        _ text: String, x: Double, y: Double, anchor: String = "start",
        extra: [(String, String)] = []
    ) -> Markup {
        .node(
            "text",
            [
                ("x", ChartNumber.coordinate(x)), ("y", ChartNumber.coordinate(y)),
                ("text-anchor", anchor),
            ] + extra, text: text)
    }

    /// A line from (`x1`, `y1`) to (`x2`, `y2`).
    static func line(
        _ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, stroke: String = "#999999",
        extra: [(String, String)] = []
    ) -> Markup {
        .node(
            "line",
            [
                ("x1", ChartNumber.coordinate(x1)), ("y1", ChartNumber.coordinate(y1)),
                ("x2", ChartNumber.coordinate(x2)), ("y2", ChartNumber.coordinate(y2)),
                ("stroke", stroke),
            ] + extra)
    }

    /// A rectangle.
    static func rect(
        x: Double, y: Double, width: Double, height: Double, fill: String,
        extra: [(String, String)] = []
    ) -> Markup {
        .node(
            "rect",
            [
                ("x", ChartNumber.coordinate(x)), ("y", ChartNumber.coordinate(y)),
                ("width", ChartNumber.coordinate(max(width, 0))),
                ("height", ChartNumber.coordinate(max(height, 0))), ("fill", fill),
            ] + extra)
    }
}
