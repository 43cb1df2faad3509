/// A TOML date, time, or both, with an optional offset; which parts are present
/// depends on the kind of value (`TOMLValue.offsetDateTime`, `.localDate`, ...).
public struct TOMLDateTime: Hashable, Sendable, CustomStringConvertible {
    /// The year, when a date is present.
    public var year: Int?
    /// The month 1-12, when a date is present.
    public var month: Int?
    /// The day of the month, when a date is present.
    public var day: Int?
    /// The hour 0-23, when a time is present.
    public var hour: Int?
    /// The minute 0-59, when a time is present.
    public var minute: Int?
    /// The second 0-60, when a time is present.
    public var second: Int?
    /// The fraction of the second in nanoseconds (digits beyond nine are dropped).
    public var nanosecond: Int
    /// How many fraction digits were written (at most 9), kept for faithful output.
    public var fractionDigits: Int
    /// The offset from UTC in minutes, for offset date-times; `0` is printed as `Z`.
    public var offsetMinutes: Int?

    /// Creates a date-time from its parts.
    public init(
        year: Int? = nil, month: Int? = nil, day: Int? = nil, hour: Int? = nil,
        minute: Int? = nil, second: Int? = nil, nanosecond: Int = 0, fractionDigits: Int = 0,
        offsetMinutes: Int? = nil
    ) {
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = second
        self.nanosecond = nanosecond
        self.fractionDigits = fractionDigits
        self.offsetMinutes = offsetMinutes
    }

    /// The value as RFC 3339 text, such as `1979-05-27T07:32:00.5+01:00`.
    public var description: String {
        var out = ""
        if let year, let month, let day {
            out += Self.pad(year, 4) + "-" + Self.pad(month, 2) + "-" + Self.pad(day, 2)
        }
        if let hour, let minute, let second {
            if !out.isEmpty { out += "T" }
            out += Self.pad(hour, 2) + ":" + Self.pad(minute, 2) + ":" + Self.pad(second, 2)
            if fractionDigits > 0 {
                let digits = Self.pad(nanosecond, 9)
                out += "." + digits.prefix(fractionDigits)
            }
        }
        if let offsetMinutes {
            if offsetMinutes == 0 {
                out += "Z"
            } else {
                let magnitude = abs(offsetMinutes)
                out +=
                    (offsetMinutes < 0 ? "-" : "+") + Self.pad(magnitude / 60, 2) + ":"
                    + Self.pad(magnitude % 60, 2)
            }
        }
        return out
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width
            ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
