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

    /// A number as facilitators write it: `40` rather than `40.0`.
    static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }
}
