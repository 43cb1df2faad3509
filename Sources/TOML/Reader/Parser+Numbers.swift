extension Parser {
    /// Reads an integer or float from the token `bytes[start..<stop]`.
    mutating func number(_ start: Int, _ stop: Int) throws(ParseFailure) -> TOMLValue {
        var i = start
        let sign = bytes[i]
        if sign == ASCII.plus || sign == ASCII.minus { i += 1 }
        let negative = sign == ASCII.minus
        if stop - i == 3 && matches(i, "inf") { return .float(negative ? -.infinity : .infinity) }
        if stop - i == 3 && matches(i, "nan") { return .float(.nan) }
        if i == start && stop - i > 2 && bytes[i] == 0x30 {
            switch bytes[i + 1] {
            case 0x78: return try radixInteger(start, stop, radix: 16)
            case 0x6F: return try radixInteger(start, stop, radix: 8)
            case 0x62: return try radixInteger(start, stop, radix: 2)
            default: break
            }
        }
        let intStart = i
        guard let intEnd = try digitRun(i, stop, start) else { throw invalidValue(start, stop) }
        if bytes[intStart] == 0x30 && intEnd - intStart > 1 {
            throw fail(
                TOMLDiagnosticID.invalidNumber,
                "`\(text(start, stop))`: a number can't start with 0 unless it is 0 itself",
                at: start, suggestion: "remove the leading zeros")
        }
        i = intEnd
        if i == stop { return .integer(try decimalInteger(intStart, intEnd, negative, start)) }
        if bytes[i] == ASCII.dot {
            i += 1
            guard let fractionEnd = try digitRun(i, stop, start) else {
                throw fail(
                    TOMLDiagnosticID.invalidNumber,
                    "`\(text(start, stop))`: a decimal point must have digits on both sides",
                    at: start, suggestion: "write for example 1.0 or 0.5")
            }
            i = fractionEnd
        }
        if i == stop, let value = ShortDecimal.value(bytes, intStart, stop, negative: negative) {
            return .float(value)
        }
        if i < stop && bytes[i] | 0x20 == 0x65 {
            i += 1
            if byte(i) == ASCII.plus || byte(i) == ASCII.minus { i += 1 }
            guard let exponentEnd = try digitRun(i, stop, start) else {
                throw fail(
                    TOMLDiagnosticID.invalidNumber,
                    "`\(text(start, stop))`: the exponent after `e` needs digits", at: start,
                    suggestion: "write for example 1e6 or 2.5e-3")
            }
            i = exponentEnd
        }
        guard i == stop else { throw invalidValue(start, stop) }
        scratch.removeAll(keepingCapacity: true)
        for k in start..<stop where bytes[k] != ASCII.underscore { scratch.append(bytes[k]) }
        guard let value = Double(String(decoding: scratch, as: UTF8.self)) else {
            throw invalidValue(start, stop)
        }
        return .float(value)
    }

    /// The end of a run of digits starting at `i` with single underscores between digits;
    /// nil when there is no digit at `i`.
    mutating func digitRun(_ i: Int, _ stop: Int, _ start: Int) throws(ParseFailure) -> Int? {
        guard i < stop && ASCII.isDigit(bytes[i]) else { return nil }
        var j = i + 1
        while j < stop {
            let b = bytes[j]
            if ASCII.isDigit(b) {
                j += 1
            } else if b == ASCII.underscore {
                guard j + 1 < stop && ASCII.isDigit(bytes[j + 1]) else {
                    throw badUnderscore(start, stop)
                }
                j += 2
            } else {
                break
            }
        }
        return j
    }

    /// The failure for an underscore that is not between two digits.
    mutating func badUnderscore(_ start: Int, _ stop: Int) -> ParseFailure {
        fail(
            TOMLDiagnosticID.invalidNumber,
            "`\(text(start, stop))`: in a number, `_` must stand between two digits", at: start,
            suggestion: "remove the extra `_`")
    }

    /// The value of decimal digits (with underscores) in `bytes[from..<to]`.
    mutating func decimalInteger(
        _ from: Int, _ to: Int, _ negative: Bool, _ start: Int
    ) throws(ParseFailure) -> Int64 {
        var magnitude: UInt64 = 0
        let limit: UInt64 = negative ? 1 << 63 : UInt64(Int64.max)
        for k in from..<to where bytes[k] != ASCII.underscore {
            let (times10, o1) = magnitude.multipliedReportingOverflow(by: 10)
            let (sum, o2) = times10.addingReportingOverflow(UInt64(bytes[k] - 0x30))
            guard !o1 && !o2 && sum <= limit else { throw overflow(start, to) }
            magnitude = sum
        }
        return negative ? Int64(truncatingIfNeeded: 0 &- magnitude) : Int64(magnitude)
    }

    /// Reads `0x...`, `0o...` or `0b...` from the token `bytes[start..<stop]`.
    mutating func radixInteger(_ start: Int, _ stop: Int, radix: UInt64) throws(ParseFailure)
        -> TOMLValue
    {
        var magnitude: UInt64 = 0
        var previousWasDigit = false
        var i = start + 2
        while i < stop {
            let b = bytes[i]
            if b == ASCII.underscore {
                guard previousWasDigit && i + 1 < stop else { throw badUnderscore(start, stop) }
                previousWasDigit = false
                i += 1
                continue
            }
            guard let digit = ASCII.hexValue(b), UInt64(digit) < radix else {
                let kind = radix == 16 ? "hexadecimal" : radix == 8 ? "octal" : "binary"
                throw fail(
                    TOMLDiagnosticID.invalidNumber,
                    "`\(text(start, stop))` is not a valid \(kind) number", at: start,
                    suggestion: radix == 16
                        ? "use digits 0-9 and A-F after 0x"
                        : radix == 8 ? "use digits 0-7 after 0o" : "use digits 0 and 1 after 0b")
            }
            let (shifted, o1) = magnitude.multipliedReportingOverflow(by: radix)
            let (sum, o2) = shifted.addingReportingOverflow(UInt64(digit))
            guard !o1 && !o2 && sum <= UInt64(Int64.max) else { throw overflow(start, stop) }
            magnitude = sum
            previousWasDigit = true
            i += 1
        }
        guard previousWasDigit else { throw badUnderscore(start, stop) }
        return .integer(Int64(magnitude))
    }

    /// The failure for a whole number outside the 64-bit range.
    mutating func overflow(_ start: Int, _ stop: Int) -> ParseFailure {
        var tokenEnd = stop
        while tokenEnd < end && Self.isScalarByte(bytes[tokenEnd]) { tokenEnd += 1 }
        return fail(
            TOMLDiagnosticID.integerOverflow,
            "`\(text(start, min(tokenEnd, start + 40)))` is too large for a whole number;"
                + " the limit is 9223372036854775807", at: start,
            suggestion:
                "use a smaller number, or add a decimal point (.0) for a less precise number")
    }
}
