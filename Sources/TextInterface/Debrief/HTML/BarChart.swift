/// A horizontal bar chart: one bar per line-up, such as the table against the bots.
struct BarChart: Sendable {
    /// One bar.
    struct Bar: Sendable {
        /// The label left of the bar.
        var label: String
        /// The value, shown at the bar's end.
        var value: Double
        /// Whether the bar is the table's own (drawn in the first colour; others grey-blue).
        var highlighted: Bool
    }

    /// A page-unique id.
    var id: String
    /// The title.
    var title: String
    /// The description, with the key numbers.
    var description: String
    /// The bars, top to bottom.
    var bars: [Bar]

    /// The layout.
    private let labelWidth = 340.0
    private let plotWidth = 420.0
    private let barHeight = 30.0

    /// The chart as an `<svg>` element.
    var svg: Markup {
        let width = labelWidth + plotWidth + 60
        let height = Double(bars.count) * (barHeight + 12) + 36
        let frame = ChartFrame(
            id: id, title: title, description: description, width: width, height: height)
        let axis = Axis.fitting(
            bars.map(\.value), including: [0], start: labelWidth, end: labelWidth + plotWidth)
        var parts: [Markup] = []
        for tick in axis.ticks() {
            let x = axis.position(tick)
            parts.append(ChartFrame.line(x, 4, x, height - 28, stroke: "#dddddd"))
            parts.append(
                ChartFrame.label(
                    ChartNumber.label(tick), x: x, y: height - 12, anchor: "middle",
                    extra: [("font-size", "11")]))
        }
        let zero = axis.position(0)
        for (index, bar) in bars.enumerated() {
            let y = 8 + Double(index) * (barHeight + 12)
            let end = axis.position(bar.value)
            parts.append(
                ChartFrame.label(
                    Heatmap.short(bar.label, 48), x: labelWidth - 8, y: y + barHeight / 2 + 5,
                    anchor: "end", extra: bar.highlighted ? [("font-weight", "bold")] : []))
            parts.append(
                ChartFrame.rect(
                    x: min(zero, end), y: y, width: abs(end - zero), height: barHeight,
                    fill: bar.highlighted ? Palette.color(0) : "#7f8fa6"))
            parts.append(
                ChartFrame.label(
                    ChartNumber.label(bar.value), x: max(zero, end) + 6, y: y + barHeight / 2 + 5,
                    extra: [("font-weight", "bold")]))
        }
        parts.append(ChartFrame.line(zero, 4, zero, height - 28, stroke: "#333333"))
        return frame.svg(parts)
    }
}
