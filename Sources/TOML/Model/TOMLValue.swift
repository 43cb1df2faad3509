/// A TOML value without its position; arrays and tables hold positioned nodes.
public enum TOMLValue: Hashable, Sendable {
    /// Text.
    case string(String)
    /// A whole number (64-bit).
    case integer(Int64)
    /// A floating-point number, including `inf` and `nan`.
    case float(Double)
    /// `true` or `false`.
    case boolean(Bool)
    /// A date and time with an offset from UTC, such as `1979-05-27T07:32:00Z`.
    indirect case offsetDateTime(TOMLDateTime)
    /// A date and time without an offset, such as `1979-05-27T07:32:00`.
    indirect case localDateTime(TOMLDateTime)
    /// A date without a time, such as `1979-05-27`.
    indirect case localDate(TOMLDateTime)
    /// A time of day without a date, such as `07:32:00`.
    indirect case localTime(TOMLDateTime)
    /// An array (list) of values.
    case array([TOMLNode])
    /// A table of keys and values.
    case table(TOMLTable)

    /// The kind of value in plain words, for messages to non-programmers.
    public var typeName: String {
        switch self {
        case .string: "text"
        case .integer: "whole number"
        case .float: "number"
        case .boolean: "true/false"
        case .offsetDateTime, .localDateTime: "date-time"
        case .localDate: "date"
        case .localTime: "time of day"
        case .array: "list"
        case .table: "table"
        }
    }

    /// The text, if this is a string.
    public var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    /// The whole number, if this is an integer.
    public var integerValue: Int64? {
        if case .integer(let i) = self { return i }
        return nil
    }

    /// The number, if this is a float or an integer.
    public var doubleValue: Double? {
        switch self {
        case .float(let d): d
        case .integer(let i): Double(i)
        default: nil
        }
    }

    /// The truth value, if this is a boolean.
    public var boolValue: Bool? {
        if case .boolean(let b) = self { return b }
        return nil
    }

    /// The elements, if this is an array.
    public var arrayValue: [TOMLNode]? {
        if case .array(let a) = self { return a }
        return nil
    }

    /// The table, if this is a table.
    public var tableValue: TOMLTable? {
        if case .table(let t) = self { return t }
        return nil
    }

    /// The date or time, if this is any of the four date-time kinds.
    public var dateTimeValue: TOMLDateTime? {
        switch self {
        case .offsetDateTime(let d), .localDateTime(let d), .localDate(let d), .localTime(let d):
            d
        default: nil
        }
    }
}
