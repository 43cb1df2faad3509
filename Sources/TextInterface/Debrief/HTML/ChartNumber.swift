/// Numbers and coordinates as chart text.
enum ChartNumber {
    /// `value` as a label: whole when it is whole, else with one decimal; a dash when it is
    /// not a number.
    static func label(_ value: Double) -> String {
        guard value.isFinite else { return "–" }
        return rounded(value)
    }

    /// `value` as an SVG coordinate, with at most one decimal; 0 when it is not a number.
    static func coordinate(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        return rounded(value)
    }

    /// A finite `value` to one decimal, without a trailing `.0`, never trapping on a value
    /// too large for an `Int`.
    private static func rounded(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        if rounded == rounded.rounded() && abs(rounded) < 1e15 {
            return String(Int(rounded))
        }
        return String(rounded)
    }
}
