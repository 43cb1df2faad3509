/// A plain HTML table: a header row and body rows of text, numbers aligned right.
struct HTMLTable: Sendable {
    /// The column headings.
    var headings: [String]
    /// The rows, each a cell per heading.
    var rows: [[String]]
    /// The columns (indices) that hold numbers.
    var numeric: Set<Int> = []
    /// The rows (indices) to emphasise, such as the table's own play.
    var emphasised: Set<Int> = []

    /// The table as markup.
    var markup: Markup {
        func cells(_ values: [String], _ tag: String) -> [Markup] {
            values.enumerated().map { index, value in
                .node(tag, numeric.contains(index) ? [("class", "number")] : [], text: value)
            }
        }
        let head = Markup.node("thead", [], [.node("tr", [], cells(headings, "th"))])
        let body = Markup.node(
            "tbody", [],
            rows.enumerated().map { index, row in
                .node("tr", emphasised.contains(index) ? [("class", "own")] : [], cells(row, "td"))
            })
        return .node("table", [], [head, body])
    }
}
