/// A heatmap of a square matrix such as trust: a coloured cell with its number per pair.
///
/// The number in each cell is black or white, whichever meets the higher contrast with the
/// cell's colour, so it always meets WCAG AA (4.5:1).
struct Heatmap: Sendable {
    /// A page-unique id.
    var id: String
    /// The title.
    var title: String
    /// The description, with the key numbers.
    var description: String
    /// The labels of the rows (who trusts).
    var rowLabels: [String]
    /// The labels of the columns (who is trusted).
    var columnLabels: [String]
    /// The values by row and column; nil for an empty cell, such as a role and itself.
    var values: [[Double?]]
    /// The colour scale.
    var scale: ColorScale = .trust

    /// The size of a cell and the room for labels.
    private let cell = 56.0
    private let labelWidth = 150.0
    private let headerHeight = 96.0

    /// The heatmap as an `<svg>` element.
    var svg: Markup {
        let width = labelWidth + Double(columnLabels.count) * cell + 120
        let height = headerHeight + Double(rowLabels.count) * cell + 46
        let frame = ChartFrame(
            id: id, title: title, description: description, width: width, height: height)
        return frame.svg(
            headers() + cells() + legend(top: headerHeight + Double(rowLabels.count) * cell + 12))
    }

    /// The column labels above and the row labels to the left.
    private func headers() -> [Markup] {
        var parts: [Markup] = []
        for (index, label) in columnLabels.enumerated() {
            let x = labelWidth + (Double(index) + 0.5) * cell
            let y = headerHeight - 8
            let turn =
                "rotate(-35 " + ChartNumber.coordinate(x) + " " + ChartNumber.coordinate(y) + ")"
            parts.append(
                ChartFrame.label(
                    Heatmap.short(label, 20), x: x, y: y, anchor: "start",
                    extra: [("font-size", "12"), ("transform", turn)]))
        }
        for (index, label) in rowLabels.enumerated() {
            let y = headerHeight + (Double(index) + 0.5) * cell + 4
            parts.append(
                ChartFrame.label(Heatmap.short(label, 20), x: labelWidth - 8, y: y, anchor: "end"))
        }
        return parts
    }

    /// The coloured cells with their numbers.
    private func cells() -> [Markup] {
        var parts: [Markup] = []
        for (row, rowValues) in values.enumerated() {
            for (column, value) in rowValues.enumerated() {
                let x = labelWidth + Double(column) * cell
                let y = headerHeight + Double(row) * cell
                guard let value else {
                    parts.append(
                        ChartFrame.rect(
                            x: x + 1, y: y + 1, width: cell - 2, height: cell - 2, fill: "#eeeeee"))
                    continue
                }
                parts.append(
                    ChartFrame.rect(
                        x: x + 1, y: y + 1, width: cell - 2, height: cell - 2,
                        fill: scale.color(for: value).hex))
                parts.append(
                    ChartFrame.label(
                        ChartNumber.label(value), x: x + cell / 2, y: y + cell / 2 + 5,
                        anchor: "middle",
                        extra: [
                            ("fill", scale.textColor(for: value).hex), ("font-size", "15"),
                            ("font-weight", "bold"),
                        ]))
            }
        }
        return parts
    }

    /// The colour scale below the cells, from its lowest to its highest value.
    private func legend(top: Double) -> [Markup] {
        let steps = 10
        let stepWidth = 20.0
        var parts: [Markup] = []
        for step in 0...steps {
            let value = scale.lowest + (scale.highest - scale.lowest) * Double(step) / Double(steps)
            parts.append(
                ChartFrame.rect(
                    x: labelWidth + Double(step) * stepWidth, y: top, width: stepWidth,
                    height: 12, fill: scale.color(for: value).hex))
        }
        parts.append(
            ChartFrame.label(
                ChartNumber.label(scale.lowest), x: labelWidth, y: top + 28, anchor: "start",
                extra: [("font-size", "11")]))
        parts.append(
            ChartFrame.label(
                ChartNumber.label(scale.highest), x: labelWidth + Double(steps + 1) * stepWidth,
                y: top + 28, anchor: "end", extra: [("font-size", "11")]))
        return parts
    }

    /// `label` cut to `length` characters with an ellipsis.
    static func short(_ label: String, _ length: Int) -> String {
        label.count <= length ? label : String(label.prefix(length - 1)) + "…"
    }
}
