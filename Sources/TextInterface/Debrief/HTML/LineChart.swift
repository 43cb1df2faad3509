/// A line chart: several series over the years, with axes, a legend and threshold lines.
struct LineChart: Sendable {
    /// The chart's frame: id, title and description.
    var id: String
    /// The title.
    var title: String
    /// The description, with the key numbers.
    var description: String
    /// The labels along the horizontal axis, such as "start" and the years.
    var labels: [String]
    /// The series.
    var series: [ChartSeries]
    /// Horizontal reference lines.
    var thresholds: [ChartThreshold] = []
    /// A fixed vertical range, such as 0-100 for trust; nil fits the data.
    var range: ClosedRange<Double>? = nil

    /// The drawing's size and margins.
    private let width = 790.0
    private let plotLeft = 56.0
    private let plotRight = 560.0
    private let plotTop = 16.0
    private let plotBottom = 250.0

    /// The chart as an `<svg>` element.
    var svg: Markup {
        let legendHeight = Double(series.count) * 20 + 20
        let height = max(plotBottom + 40, plotTop + legendHeight)
        let frame = ChartFrame(
            id: id, title: title, description: description, width: width, height: height)
        let values = series.flatMap { $0.values.compactMap { $0 } }
        let yAxis: Axis
        if let range {
            yAxis = Axis(
                low: range.lowerBound, high: range.upperBound, start: plotBottom, end: plotTop)
        } else {
            yAxis = Axis.fitting(
                values, including: thresholds.map(\.value), start: plotBottom, end: plotTop)
        }
        return frame.svg(
            grid(yAxis) + thresholdLines(yAxis) + lines(yAxis) + thresholdLabels(yAxis) + legend())
    }

    /// The x position of the label at `index`.
    private func x(_ index: Int) -> Double {
        guard labels.count > 1 else { return (plotLeft + plotRight) / 2 }
        return plotLeft + 10 + Double(index) / Double(labels.count - 1)
            * (plotRight - plotLeft - 20)
    }

    /// Axes, grid lines and tick labels.
    private func grid(_ yAxis: Axis) -> [Markup] {
        var parts: [Markup] = []
        for tick in yAxis.ticks() {
            let y = yAxis.position(tick)
            parts.append(ChartFrame.line(plotLeft, y, plotRight, y, stroke: "#dddddd"))
            parts.append(
                ChartFrame.label(ChartNumber.label(tick), x: plotLeft - 6, y: y + 4, anchor: "end"))
        }
        parts.append(
            ChartFrame.line(plotLeft, plotBottom, plotRight, plotBottom, stroke: "#333333"))
        parts.append(ChartFrame.line(plotLeft, plotTop, plotLeft, plotBottom, stroke: "#333333"))
        let every = max(1, (labels.count + 11) / 12)
        for (index, label) in labels.enumerated() where index % every == 0 {
            parts.append(
                ChartFrame.line(x(index), plotBottom, x(index), plotBottom + 5, stroke: "#333333"))
            parts.append(
                ChartFrame.label(label, x: x(index), y: plotBottom + 20, anchor: "middle"))
        }
        return parts
    }

    /// The threshold lines, dashed, under the series.
    private func thresholdLines(_ yAxis: Axis) -> [Markup] {
        thresholds.map { threshold in
            let y = yAxis.position(min(max(threshold.value, yAxis.low), yAxis.high))
            return ChartFrame.line(
                plotLeft, y, plotRight, y, stroke: "#555555", extra: [("stroke-dasharray", "4 4")])
        }
    }

    /// The thresholds' labels above their lines, over the series with a white halo, pushed
    /// apart so that two close thresholds never print over each other.
    private func thresholdLabels(_ yAxis: Axis) -> [Markup] {
        let placed = thresholds.map { threshold in
            (threshold, yAxis.position(min(max(threshold.value, yAxis.low), yAxis.high)) - 4)
        }.sorted { $0.1 > $1.1 }
        var parts: [Markup] = []
        var lowestFree = Double.infinity
        for (threshold, wanted) in placed {
            let y = min(wanted, lowestFree - 13)
            lowestFree = y
            parts.append(
                ChartFrame.label(
                    threshold.label + " (" + ChartNumber.label(threshold.value) + ")",
                    x: plotLeft + 4, y: y,
                    extra: [
                        ("fill", "#333333"), ("font-size", "11"), ("stroke", "#ffffff"),
                        ("stroke-width", "3"), ("paint-order", "stroke"),
                    ]))
        }
        return parts
    }

    /// The series as polylines with a dot per value.
    private func lines(_ yAxis: Axis) -> [Markup] {
        series.enumerated().flatMap { index, serie -> [Markup] in
            let color = Palette.color(index)
            var points: [String] = []
            var dots: [Markup] = []
            for (year, value) in serie.values.enumerated() {
                guard let value, year < labels.count else { continue }
                let point = (x(year), yAxis.position(value))
                points.append(
                    ChartNumber.coordinate(point.0) + "," + ChartNumber.coordinate(point.1))
                dots.append(
                    .node(
                        "circle",
                        [
                            ("cx", ChartNumber.coordinate(point.0)),
                            ("cy", ChartNumber.coordinate(point.1)), ("r", "3"), ("fill", color),
                        ]))
            }
            var attributes = [
                ("points", points.joined(separator: " ")), ("fill", "none"), ("stroke", color),
                ("stroke-width", "2.5"),
            ]
            if !Palette.dash(index).isEmpty {
                attributes.append(("stroke-dasharray", Palette.dash(index)))
            }
            return [.node("polyline", attributes)] + dots
        }
    }

    /// The legend to the right of the plot.
    private func legend() -> [Markup] {
        series.enumerated().flatMap { index, serie -> [Markup] in
            let y = plotTop + 10 + Double(index) * 20
            var stroke = [("stroke-width", "3")]
            if !Palette.dash(index).isEmpty {
                stroke.append(("stroke-dasharray", Palette.dash(index)))
            }
            return [
                ChartFrame.line(
                    plotRight + 16, y, plotRight + 44, y, stroke: Palette.color(index),
                    extra: stroke),
                ChartFrame.label(Heatmap.short(serie.name, 24), x: plotRight + 50, y: y + 4),
            ]
        }
    }
}
