extension Parser {
    /// Whether `b` can be part of a bare value such as a number, boolean or date.
    @inline(__always) static func isScalarByte(_ b: UInt8) -> Bool {
        ASCII.isBareKey(b) || b == ASCII.dot || b == ASCII.plus || b == ASCII.colon
    }

    /// Reads a boolean, number or date-time.
    mutating func scalar() throws(ParseFailure) -> TOMLValue {
        let start = pos
        var stop = pos
        while stop < end && Self.isScalarByte(bytes[stop]) { stop += 1 }
        pos = stop
        if pos - start == 10 && byte(pos) == ASCII.space && ASCII.isDigit(byte(pos + 1))
            && ASCII.isDigit(byte(pos + 2)) && byte(pos + 3) == ASCII.colon
            && byte(start + 4) == ASCII.minus
        {
            pos += 1
            while pos < end && Self.isScalarByte(bytes[pos]) { pos += 1 }
        }
        if pos == start || (pos < end && !Self.isDelimiter(bytes[pos])) {
            while pos < end && !Self.isDelimiter(bytes[pos]) { pos += 1 }
            throw invalidValue(start, pos)
        }
        let count = pos - start
        if count == 4 && matches(start, "true") { return .boolean(true) }
        if count == 5 && matches(start, "false") { return .boolean(false) }
        if count >= 5 && ASCII.isDigit(bytes[start]) && bytes[start + 4] == ASCII.minus
            || count >= 3 && ASCII.isDigit(bytes[start]) && bytes[start + 2] == ASCII.colon
        {
            return try dateTime(start, pos)
        }
        return try number(start, pos)
    }

    /// Whether the bytes at `offset` spell `word`.
    func matches(_ offset: Int, _ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard offset + count <= end else { return false }
        let p = word.utf8Start
        for i in 0..<count where bytes[offset + i] != p[i] { return false }
        return true
    }

    /// The failure for text that is not any kind of value.
    mutating func invalidValue(_ start: Int, _ stop: Int) -> ParseFailure {
        let shown = text(start, min(stop, start + 40))
        if stop == start {
            return fail(
                TOMLDiagnosticID.invalidValue, "\(describe(start)) is not the start of a value",
                at: start, suggestion: "write a value such as \"text\", 42, 1.5, true or [1, 2]")
        }
        let lower = shown.lowercased()
        if lower == "true" || lower == "false" {
            return fail(
                TOMLDiagnosticID.invalidValue, "`\(shown)` must be written in lower case",
                at: start, suggestion: "write `\(lower)`")
        }
        if !ASCII.isDigit(bytes[start]) && bytes[start] != ASCII.plus && bytes[start] != ASCII.minus
            && bytes[start] != ASCII.dot
        {
            return fail(
                TOMLDiagnosticID.invalidValue,
                "`\(shown)` is not a valid value; text must be in quotes", at: start,
                suggestion: "write \"\(shown)\"")
        }
        return fail(
            TOMLDiagnosticID.invalidNumber, "`\(shown)` is not a valid number", at: start,
            suggestion: "write numbers like 42, -7, 3.14, 1e6 or 0xFF; put other text in quotes")
    }
}
