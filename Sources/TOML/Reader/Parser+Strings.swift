extension Parser {
    /// Reads a "basic string" on one line, with escapes.
    mutating func basicString() throws(ParseFailure) -> String {
        let open = pos
        pos += 1
        let start = pos
        var stop = pos
        // Eight bytes at a time while none of them is a quote, backslash or control byte.
        while stop + 8 <= end {
            let word = ByteWords.load(bytes, stop)
            if ByteWords.contains(word, ASCII.quote) || ByteWords.contains(word, ASCII.backslash)
                || ByteWords.hasByte(below: 0x20, word) || ByteWords.contains(word, ASCII.delete)
            {
                break
            }
            stop += 8
        }
        while stop < end {
            let b = bytes[stop]
            if b == ASCII.quote {
                pos = stop + 1
                return repeatedText(start, stop)
            }
            if b == ASCII.backslash || b < 0x20 || b == ASCII.delete { break }
            stop += 1
        }
        pos = stop
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<pos]))
        while true {
            guard pos < end else { throw unterminatedString(open) }
            let b = bytes[pos]
            if b == ASCII.quote {
                pos += 1
                return String(decoding: scratch, as: UTF8.self)
            } else if b == ASCII.backslash {
                try escape()
            } else if b == ASCII.lf || (b == ASCII.cr && byte(pos + 1) == ASCII.lf) {
                throw unterminatedString(open)
            } else if b == ASCII.tab || (b >= 0x20 && b != ASCII.delete) {
                scratch.append(b)
                pos += 1
            } else {
                throw controlCharacter(at: pos, in: "this text")
            }
        }
    }

    /// Reads a 'literal string' on one line; backslashes are kept as written.
    mutating func literalString() throws(ParseFailure) -> String {
        let open = pos
        pos += 1
        let start = pos
        while pos < end {
            let b = bytes[pos]
            if b == ASCII.apostrophe {
                pos += 1
                return repeatedText(start, pos - 1)
            }
            if b == ASCII.lf || (b == ASCII.cr && byte(pos + 1) == ASCII.lf) { break }
            if b < 0x20 && b != ASCII.tab || b == ASCII.delete {
                throw controlCharacter(at: pos, in: "this text")
            }
            pos += 1
        }
        throw unterminatedString(open)
    }

    /// The failure for a one-line string without its closing quote.
    mutating func unterminatedString(_ open: Int) -> ParseFailure {
        let quote = bytes[open] == ASCII.quote ? "\"" : "'"
        let atEnd = pos >= end
        return fail(
            TOMLDiagnosticID.unterminatedString,
            atEnd
                ? "this text has no closing quote (\(quote))"
                : "a string must end on the same line; use three quotes for text over several lines",
            at: open,
            suggestion: atEnd
                ? "add \(quote) at the end of the text"
                : "close it with \(quote) on this line, or use \(quote)\(quote)\(quote) ... \(quote)\(quote)\(quote)"
        )
    }

    /// Reads a """multi-line basic string""" with escapes and line-ending backslashes.
    mutating func multilineBasicString(at location: SourceLocation) throws(ParseFailure) -> String {
        pos += 3
        skipFirstNewline()
        scratch.removeAll(keepingCapacity: true)
        while pos < end {
            let b = bytes[pos]
            switch b {
            case ASCII.quote:
                if let done = closeMultiline(ASCII.quote) { return done }
            case ASCII.backslash:
                if isLineEndingBackslash() {
                    skipWhitespaceAndNewlines()
                } else {
                    try escape()
                }
            default:
                appendPlainRun(stoppingAt: ASCII.quote, ASCII.backslash)
                if pos < end && bytes[pos] != ASCII.quote && bytes[pos] != ASCII.backslash {
                    try appendMultilineContent(bytes[pos])
                }
            }
        }
        throw unterminatedMultiline(at: location, "\"\"\"")
    }

    /// Reads a '''multi-line literal string'''; nothing is escaped.
    mutating func multilineLiteralString(at location: SourceLocation) throws(ParseFailure) -> String
    {
        pos += 3
        skipFirstNewline()
        scratch.removeAll(keepingCapacity: true)
        while pos < end {
            let b = bytes[pos]
            switch b {
            case ASCII.apostrophe:
                if let done = closeMultiline(ASCII.apostrophe) { return done }
            default:
                appendPlainRun(stoppingAt: ASCII.apostrophe, ASCII.apostrophe)
                if pos < end && bytes[pos] != ASCII.apostrophe {
                    try appendMultilineContent(bytes[pos])
                }
            }
        }
        throw unterminatedMultiline(at: location, "'''")
    }

    /// Adds the bytes from `pos` up to the next `stop`, `other`, or byte that needs a closer
    /// look (a control character other than tab and LF), as they are, and moves past them.
    @inline(__always)
    mutating func appendPlainRun(stoppingAt stop: UInt8, _ other: UInt8) {
        let start = pos
        while pos < end {
            if pos + 8 <= end {
                let word = ByteWords.load(bytes, pos)
                if !ByteWords.contains(word, stop) && !ByteWords.contains(word, other)
                    && !ByteWords.hasByte(below: 0x20, word)
                    && !ByteWords.contains(word, ASCII.delete)
                {
                    pos += 8
                    continue
                }
            }
            let b = bytes[pos]
            if b == stop || b == other || (b < 0x20 && b != ASCII.tab && b != ASCII.lf)
                || b == ASCII.delete
            {
                break
            }
            pos += 1
        }
        scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<pos]))
    }

    /// Adds one byte of multi-line string content at `pos` and moves past it: CRLF becomes
    /// LF, tab and LF are kept, other control characters are errors.
    @inline(__always)
    mutating func appendMultilineContent(_ b: UInt8) throws(ParseFailure) {
        if b == ASCII.cr && byte(pos + 1) == ASCII.lf {
            scratch.append(ASCII.lf)
            pos += 2
            return
        }
        guard b == ASCII.tab || b == ASCII.lf || (b >= 0x20 && b != ASCII.delete) else {
            throw controlCharacter(at: pos, in: "this text")
        }
        scratch.append(b)
        pos += 1
    }

    /// At a run of quotes inside a multi-line string: closes the string (returning it) when
    /// the run has three to five quotes, keeping up to two as content; otherwise adds them.
    mutating func closeMultiline(_ quote: UInt8) -> String? {
        var run = 0
        while byte(pos + run) == quote && run < 5 { run += 1 }
        if run >= 3 {
            scratch.append(contentsOf: repeatElement(quote, count: run - 3))
            pos += run
            return String(decoding: scratch, as: UTF8.self)
        }
        scratch.append(contentsOf: repeatElement(quote, count: run))
        pos += run
        return nil
    }

    /// Skips a line break right after the opening triple quote.
    mutating func skipFirstNewline() {
        if byte(pos) == ASCII.lf {
            pos += 1
        } else if byte(pos) == ASCII.cr && byte(pos + 1) == ASCII.lf {
            pos += 2
        }
    }

    /// Whether the backslash at `pos` is followed by optional spaces and a line break.
    func isLineEndingBackslash() -> Bool {
        var i = pos + 1
        while byte(i) == ASCII.space || byte(i) == ASCII.tab { i += 1 }
        return byte(i) == ASCII.lf || (byte(i) == ASCII.cr && byte(i + 1) == ASCII.lf)
    }

    /// Skips the backslash and all spaces, tabs and line breaks after it.
    mutating func skipWhitespaceAndNewlines() {
        pos += 1
        while pos < end {
            let b = bytes[pos]
            if b == ASCII.space || b == ASCII.tab || b == ASCII.lf {
                pos += 1
            } else if b == ASCII.cr && byte(pos + 1) == ASCII.lf {
                pos += 2
            } else {
                return
            }
        }
    }

    /// The failure for a multi-line string that is never closed.
    mutating func unterminatedMultiline(at location: SourceLocation, _ quotes: String)
        -> ParseFailure
    {
        fail(
            TOMLDiagnosticID.unterminatedMultilineString,
            "this multi-line text is never closed", at: location,
            suggestion: "end it with \(quotes)")
    }

    /// Decodes the escape at `pos` (a backslash) into `scratch`.
    mutating func escape() throws(ParseFailure) {
        let start = pos
        let b = byte(pos + 1)
        pos += 2
        switch b {
        case 0x62: scratch.append(0x08)
        case 0x74: scratch.append(ASCII.tab)
        case 0x6E: scratch.append(ASCII.lf)
        case 0x66: scratch.append(0x0C)
        case 0x72: scratch.append(ASCII.cr)
        case ASCII.quote: scratch.append(ASCII.quote)
        case ASCII.backslash: scratch.append(ASCII.backslash)
        case 0x75: try unicodeEscape(start: start, digits: 4)
        case 0x55: try unicodeEscape(start: start, digits: 8)
        default:
            pos = start
            let shown = b > 0x20 && b < ASCII.delete ? "\\" + text(start + 1, start + 2) : "\\"
            throw fail(
                TOMLDiagnosticID.invalidEscape, "`\(shown)` is not a valid escape in text",
                at: start,
                suggestion: "write \\\\ for a backslash, or use 'single quotes' for text"
                    + " without escapes")
        }
    }

    /// Decodes `\uXXXX` or `\UXXXXXXXX` into `scratch`.
    mutating func unicodeEscape(start: Int, digits: Int) throws(ParseFailure) {
        var value: UInt32 = 0
        for i in 0..<digits {
            guard let digit = ASCII.hexValue(byte(pos + i)) else {
                throw fail(
                    TOMLDiagnosticID.invalidUnicodeEscape,
                    "`\\\(digits == 4 ? "u" : "U")` must be followed by \(digits) hexadecimal digits",
                    at: start,
                    suggestion: digits == 4 ? "write it like \\u00E9" : "write it like \\U0001F600")
            }
            value = value << 4 | digit
        }
        guard let scalar = Unicode.Scalar(value) else {
            throw fail(
                TOMLDiagnosticID.invalidUnicodeEscape,
                "`\(text(start, pos + digits))` is not a valid Unicode character", at: start,
                suggestion: "use a code point up to 10FFFF that is not a surrogate (D800-DFFF)")
        }
        pos += digits
        scratch.append(contentsOf: scalar.utf8)
    }
}
