/// One district's row in the street timeline: what happened in its street each year.
struct TimelineRow: Sendable {
    /// The district's name.
    var name: String
    /// Per year, in the chart's order.
    var years: [TimelineCell]
}
