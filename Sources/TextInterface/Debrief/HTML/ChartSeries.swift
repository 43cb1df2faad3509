/// One named series of values, one per year; nil where the year has no value.
struct ChartSeries: Sendable {
    /// The series' name, shown in the legend.
    var name: String
    /// The values, in the order of the chart's years.
    var values: [Double?]
}
