extension Parser {
    /// Reads one statement: a blank line, a comment, a header, or `key = value`.
    mutating func statement() throws(ParseFailure) {
        skipSpaces()
        guard pos < end else { return }
        switch bytes[pos] {
        case ASCII.lf:
            passLineFeed()
            return
        case ASCII.cr, ASCII.hash:
            break
        case ASCII.leftBracket:
            try header()
        default:
            nesting = 0
            try keyValue(into: current, inline: false)
        }
        try endOfLine()
    }

    /// Expects optional spaces and a comment, then a line break or the end of the file.
    mutating func endOfLine() throws(ParseFailure) {
        skipSpaces()
        if byte(pos) == ASCII.hash { try comment() }
        guard pos < end else { return }
        switch bytes[pos] {
        case ASCII.lf:
            passLineFeed()
        case ASCII.cr where byte(pos + 1) == ASCII.lf:
            pos += 1
            passLineFeed()
        case ASCII.cr:
            throw fail(
                TOMLDiagnosticID.bareCarriageReturn,
                "a carriage return (CR) must be followed by a line feed (LF)", at: pos,
                suggestion: "save the file with normal line endings (LF or CRLF)")
        default:
            throw fail(
                TOMLDiagnosticID.expectedEndOfLine,
                "expected the end of the line, but found \(describe(pos))", at: pos,
                suggestion: "put each `key = value` and each [table] on its own line,"
                    + " and start comments with #")
        }
    }

    /// Skips a comment starting at `#`, up to (not including) the line break.
    mutating func comment() throws(ParseFailure) {
        pos += 1
        while pos < end {
            let b = bytes[pos]
            if b >= 0x20 && b != ASCII.delete || b == ASCII.tab {
                pos += 1
                continue
            }
            if b == ASCII.lf || (b == ASCII.cr && byte(pos + 1) == ASCII.lf) { return }
            throw controlCharacter(at: pos, in: "a comment")
        }
    }

    /// The failure for a control character at `offset`.
    mutating func controlCharacter(at offset: Int, in place: String) -> ParseFailure {
        let b = bytes[offset]
        if b == ASCII.cr {
            return fail(
                TOMLDiagnosticID.bareCarriageReturn,
                "a carriage return (CR) must be followed by a line feed (LF)", at: offset,
                suggestion: "save the file with normal line endings (LF or CRLF)")
        }
        return fail(
            TOMLDiagnosticID.controlCharacter,
            "\(place) contains the control character \(Self.codePoint(UInt32(b))), which is not allowed",
            at: offset,
            suggestion: "remove it; in text between double quotes you can write it as"
                + " \\u\(Self.codePoint(UInt32(b)).dropFirst(2))")
    }

    /// Skips spaces, tabs, comments and line breaks, as allowed inside a list.
    mutating func skipBlankLines() throws(ParseFailure) {
        while pos < end {
            switch bytes[pos] {
            case ASCII.space, ASCII.tab:
                pos += 1
            case ASCII.lf:
                passLineFeed()
            case ASCII.cr where byte(pos + 1) == ASCII.lf:
                pos += 1
                passLineFeed()
            case ASCII.hash:
                try comment()
            default:
                return
            }
        }
    }

    /// After a syntax error: continues at the next line that looks like a new statement.
    mutating func recover(after failure: ParseFailure) {
        nesting = 0
        defer { lines.restart(at: pos, line: location(pos).line, base: tracker.base) }
        if let resume = failure.resumeAt, resume >= pos - 1 {
            pos = resume
            return
        }
        skipLine()
        guard failure.nesting > 0 else { return }
        while pos < end && !lineLooksLikeStatement() { skipLine() }
    }

    /// Moves past the next line feed (or to the end).
    mutating func skipLine() {
        while pos < end && bytes[pos] != ASCII.lf { pos += 1 }
        if pos < end { pos += 1 }
    }

    /// The start of the line holding `offset` if only spaces come before it there.
    func lineStartIfFirst(_ offset: Int) -> Int? {
        var i = offset
        while i > 0 && (bytes[i - 1] == ASCII.space || bytes[i - 1] == ASCII.tab) { i -= 1 }
        return i == 0 || bytes[i - 1] == ASCII.lf ? i : nil
    }

    /// Whether the line at `pos` looks like `key = ...` or a `[header]`, not like the
    /// continuation of a broken list.
    func lineLooksLikeStatement(at start: Int? = nil) -> Bool {
        var i = start ?? pos
        while byte(i) == ASCII.space || byte(i) == ASCII.tab { i += 1 }
        guard i < end else { return true }
        let isHeader = bytes[i] == ASCII.leftBracket
        if isHeader {
            i += 1
            if byte(i) == ASCII.leftBracket { i += 1 }
        }
        var sawKey = false
        while i < end {
            let b = bytes[i]
            if ASCII.isBareKey(b) {
                sawKey = true
                i += 1
            } else if b == ASCII.quote || b == ASCII.apostrophe {
                i += 1
                while i < end && bytes[i] != b && bytes[i] != ASCII.lf { i += 1 }
                guard i < end && bytes[i] == b else { return false }
                sawKey = true
                i += 1
            } else if b == ASCII.space || b == ASCII.tab || b == ASCII.dot {
                i += 1
            } else {
                return sawKey && (isHeader ? b == ASCII.rightBracket : b == ASCII.equals)
            }
        }
        return false
    }
}
