extension Parser {
    /// Reads an offset date-time, local date-time, local date or local time from the
    /// token `bytes[start..<stop]`.
    mutating func dateTime(_ start: Int, _ stop: Int) throws(ParseFailure) -> TOMLValue {
        var i = start
        var result = TOMLDateTime()
        var hasDate = false
        if byte(i + 4) == ASCII.minus {
            guard let year = digits(i, 4), byte(i + 4) == ASCII.minus,
                let month = digits(i + 5, 2), byte(i + 7) == ASCII.minus,
                let day = digits(i + 8, 2), i + 10 <= stop
            else { throw invalidDateTime(start, stop, nil) }
            guard (1...12).contains(month) else {
                throw invalidDateTime(start, stop, "there is no month \(month)")
            }
            let days = Self.daysIn(month: month, year: year)
            guard (1...days).contains(day) else {
                throw invalidDateTime(start, stop, "month \(month) of \(year) has \(days) days")
            }
            (result.year, result.month, result.day) = (year, month, day)
            hasDate = true
            i += 10
            if i == stop { return .localDate(result) }
            let separator = bytes[i]
            guard separator == 0x54 || separator == 0x74 || separator == ASCII.space else {
                throw invalidDateTime(start, stop, nil)
            }
            i += 1
        }
        guard let hour = digits(i, 2), byte(i + 2) == ASCII.colon,
            let minute = digits(i + 3, 2), i + 5 <= stop
        else { throw invalidDateTime(start, stop, nil) }
        guard byte(i + 5) == ASCII.colon, let second = digits(i + 6, 2), i + 8 <= stop else {
            throw invalidDateTime(
                start, stop, "the seconds are missing; write for example 07:30:00")
        }
        guard hour <= 23, minute <= 59, second <= 60 else {
            throw invalidDateTime(start, stop, "hours go up to 23, minutes and seconds up to 59")
        }
        (result.hour, result.minute, result.second) = (hour, minute, second)
        i += 8
        if i < stop && bytes[i] == ASCII.dot {
            i += 1
            let fractionStart = i
            while i < stop && ASCII.isDigit(bytes[i]) {
                if i - fractionStart < 9 {
                    result.nanosecond = result.nanosecond * 10 + Int(bytes[i] - 0x30)
                }
                i += 1
            }
            guard i > fractionStart else {
                throw invalidDateTime(
                    start, stop, "a decimal point in the seconds needs digits after it")
            }
            result.fractionDigits = min(i - fractionStart, 9)
            for _ in result.fractionDigits..<9 { result.nanosecond *= 10 }
        }
        if i == stop { return hasDate ? .localDateTime(result) : .localTime(result) }
        guard hasDate else { throw invalidDateTime(start, stop, nil) }
        let mark = bytes[i]
        if mark | 0x20 == 0x7A && i + 1 == stop {
            result.offsetMinutes = 0
            return .offsetDateTime(result)
        }
        guard mark == ASCII.plus || mark == ASCII.minus, let offsetHour = digits(i + 1, 2),
            byte(i + 3) == ASCII.colon, let offsetMinute = digits(i + 4, 2), i + 6 == stop
        else { throw invalidDateTime(start, stop, nil) }
        guard offsetHour <= 23, offsetMinute <= 59 else {
            throw invalidDateTime(start, stop, "the offset from UTC must be at most 23:59")
        }
        let offset = offsetHour * 60 + offsetMinute
        result.offsetMinutes = mark == ASCII.minus ? -offset : offset
        return .offsetDateTime(result)
    }

    /// The value of exactly `count` decimal digits at `offset`, or nil.
    func digits(_ offset: Int, _ count: Int) -> Int? {
        var value = 0
        for k in offset..<(offset + count) {
            let b = byte(k)
            guard ASCII.isDigit(b) else { return nil }
            value = value * 10 + Int(b - 0x30)
        }
        return value
    }

    /// The number of days in a month, counting leap years.
    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// The failure for a malformed or impossible date or time.
    mutating func invalidDateTime(_ start: Int, _ stop: Int, _ reason: String?) -> ParseFailure {
        let shown = text(start, min(stop, start + 40))
        return fail(
            TOMLDiagnosticID.invalidDateTime,
            "`\(shown)` is not a valid date or time" + (reason.map { ": " + $0 } ?? ""),
            at: start,
            suggestion: "write dates and times like 2025-03-14, 09:30:00, 2025-03-14T09:30:00"
                + " or 2025-03-14T09:30:00+01:00")
    }
}
