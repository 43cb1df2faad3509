/// The street timeline: a row per district, a column per year; openings as bars, graafrust
/// as a shaded band, couplings as green diamonds and breaches as red crosses.
struct StreetTimeline: Sendable {
    /// A page-unique id.
    var id: String
    /// The title.
    var title: String
    /// The description, with the key numbers.
    var description: String
    /// The years, left to right.
    var years: [Int]
    /// The districts, top to bottom.
    var rows: [TimelineRow]
    /// The legend's words: openings, coupling, graafrust, breach.
    var legendLabels: (openings: String, coupling: String, graafrust: String, breach: String)

    /// The layout.
    private let labelWidth = 170.0
    private let rowHeight = 48.0
    private let top = 28.0

    /// The colours of the marks.
    static let barColor = "#0072b2"
    static let graafrustColor = "#e3d7ee"
    static let couplingColor = "#007a5a"
    static let breachColor = "#c0002a"

    /// The timeline as an `<svg>` element.
    var svg: Markup {
        let columnWidth = max(40, min(64, 600 / Double(max(years.count, 1))))
        let width = max(labelWidth + Double(years.count) * columnWidth + 10, legendEnd + 10)
        let height = top + Double(rows.count) * rowHeight + 50
        let frame = ChartFrame(
            id: id, title: title, description: description, width: width, height: height)
        let most = max(1, rows.flatMap { $0.years.map(\.openings) }.max() ?? 1)
        var parts: [Markup] = []
        for (index, year) in years.enumerated() {
            let x = labelWidth + (Double(index) + 0.5) * columnWidth
            parts.append(
                ChartFrame.label(
                    String(year), x: x, y: top - 10, anchor: "middle", extra: [("font-size", "12")])
            )
        }
        for (rowIndex, row) in rows.enumerated() {
            let y = top + Double(rowIndex) * rowHeight
            parts.append(
                ChartFrame.label(
                    Heatmap.short(row.name, 22), x: labelWidth - 8, y: y + rowHeight / 2 + 4,
                    anchor: "end"))
            parts.append(
                ChartFrame.line(
                    labelWidth, y + rowHeight, width - 10, y + rowHeight, stroke: "#cccccc"))
            for (index, cell) in row.years.enumerated() where index < years.count {
                let x = labelWidth + Double(index) * columnWidth
                parts += marks(cell, x: x, y: y, width: columnWidth, most: most)
            }
        }
        parts += legend(y: top + Double(rows.count) * rowHeight + 24)
        return frame.svg(parts)
    }

    /// The marks of one cell at (`x`, `y`).
    private func marks(_ cell: TimelineCell, x: Double, y: Double, width: Double, most: Int)
        -> [Markup]
    {
        var parts: [Markup] = []
        guard cell.reached else {
            return [
                ChartFrame.label(
                    "–", x: x + width / 2, y: y + rowHeight / 2 + 4, anchor: "middle",
                    extra: [("fill", "#595959")])
            ]
        }
        if cell.graafrust {
            parts.append(
                ChartFrame.rect(
                    x: x, y: y + 2, width: width, height: rowHeight - 4,
                    fill: StreetTimeline.graafrustColor))
        }
        if cell.openings > 0 {
            let barHeight = (rowHeight - 14) * Double(cell.openings) / Double(most)
            let barY = y + rowHeight - 2 - barHeight
            parts.append(
                ChartFrame.rect(
                    x: x + width * 0.3, y: barY, width: width * 0.4, height: barHeight,
                    fill: StreetTimeline.barColor))
            if cell.openings > 1 {
                parts.append(
                    ChartFrame.label(
                        String(cell.openings), x: x + width * 0.5, y: barY - 2, anchor: "middle",
                        extra: [("font-size", "11")]))
            }
        }
        if cell.couplings > 0 {
            parts.append(StreetTimeline.diamond(x: x + 8, y: y + 10))
        }
        if cell.breaches > 0 {
            parts.append(StreetTimeline.cross(x: x + width - 9, y: y + 10))
        }
        return parts
    }

    /// A coupling mark centred on (`x`, `y`).
    static func diamond(x: Double, y: Double) -> Markup {
        let points = [(x, y - 6), (x + 6, y), (x, y + 6), (x - 6, y)]
            .map { ChartNumber.coordinate($0.0) + "," + ChartNumber.coordinate($0.1) }
        return .node(
            "polygon", [("points", points.joined(separator: " ")), ("fill", couplingColor)])
    }

    /// A breach mark centred on (`x`, `y`).
    static func cross(x: Double, y: Double) -> Markup {
        .node(
            "path",
            [
                (
                    "d",
                    "M\(ChartNumber.coordinate(x - 5)) \(ChartNumber.coordinate(y - 5))l10 10m0 -10l-10 10"
                ),
                ("stroke", breachColor), ("stroke-width", "3"),
            ])
    }

    /// The legend's words, in order.
    private var legendWords: [String] {
        [legendLabels.openings, legendLabels.coupling, legendLabels.graafrust, legendLabels.breach]
    }

    /// An estimate of where the legend ends: 8 units per character is generous for 13-unit
    /// sans-serif text.
    private var legendEnd: Double {
        labelWidth + legendWords.map { 26 + Double($0.count) * 8 }.reduce(0, +)
    }

    /// The legend below the rows.
    private func legend(y: Double) -> [Markup] {
        var x = labelWidth
        var parts: [Markup] = []
        parts.append(
            ChartFrame.rect(x: x, y: y - 10, width: 10, height: 14, fill: StreetTimeline.barColor))
        parts.append(ChartFrame.label(legendLabels.openings, x: x + 16, y: y + 2))
        x += 26 + Double(legendLabels.openings.count) * 8
        parts.append(StreetTimeline.diamond(x: x + 5, y: y - 3))
        parts.append(ChartFrame.label(legendLabels.coupling, x: x + 16, y: y + 2))
        x += 26 + Double(legendLabels.coupling.count) * 8
        parts.append(
            ChartFrame.rect(
                x: x, y: y - 10, width: 12, height: 14, fill: StreetTimeline.graafrustColor))
        parts.append(ChartFrame.label(legendLabels.graafrust, x: x + 16, y: y + 2))
        x += 26 + Double(legendLabels.graafrust.count) * 8
        parts.append(StreetTimeline.cross(x: x + 5, y: y - 3))
        parts.append(ChartFrame.label(legendLabels.breach, x: x + 16, y: y + 2))
        return parts
    }
}
