/// One named series of values, one per year; nil where the year has no value.
struct ChartSeries: Sendable {
    /// The series' name, shown in the legend.
    var name: String
    /// The values, in the order of the chart's years.
    var values: [Double?]
}

/// A horizontal reference line with a label, such as a form's minimum group trust.
struct ChartThreshold: Sendable {
    /// The label beside the line.
    var label: String
    /// The value where the line is drawn.
    var value: Double
}
