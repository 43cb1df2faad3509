/// A horizontal reference line with a label, such as a form's minimum group trust.
struct ChartThreshold: Sendable {
    /// The label beside the line.
    var label: String
    /// The value where the line is drawn.
    var value: Double
}
