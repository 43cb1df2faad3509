import TOML

/// Plain-language names of TOML values for messages such as "but here it is text".
enum ValueDescription {
    /// What a value is, with an article: `text`, `a whole number`, `a list`.
    static func of(_ value: TOMLValue) -> String {
        switch value {
        case .string: "text"
        case .integer: "a whole number"
        case .float: "a decimal number"
        case .boolean: "a true/false value"
        case .offsetDateTime, .localDateTime: "a date and time"
        case .localDate: "a date"
        case .localTime: "a time of day"
        case .array: "a list"
        case .table: "a table"
        }
    }

    /// A number as facilitators write it: `40` rather than `40.0`, and `0.9` rather than the
    /// `0.8999999999999999` a sum of decimals such as `0.6 + 0.3` gives.
    static func number(_ value: Double) -> String {
        guard value.isFinite, abs(value) < 1e15 else { return String(value) }
        var scale = 1.0
        for _ in 0...12 {
            let rounded = (value * scale).rounded() / scale
            if abs(rounded - value) <= abs(value) * 1e-12 {
                if rounded == rounded.rounded() { return String(Int64(rounded)) }
                return String(rounded)
            }
            scale *= 10
        }
        return String(value)
    }
}
