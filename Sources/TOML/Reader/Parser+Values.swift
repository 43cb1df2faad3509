extension Parser {
    /// Reads a value starting at `pos`; `parts` is where its key is on `keyParts`, for messages
    /// (empty for an item of a list).
    mutating func value(for parts: Range<Int>) throws(ParseFailure) -> TOMLNode {
        let start = pos
        let location = locationHere()
        guard pos < end else { throw missingValue(for: Array(keyParts[parts])) }
        let value: TOMLValue
        switch bytes[pos] {
        case ASCII.quote:
            if byte(pos + 1) == ASCII.quote && byte(pos + 2) == ASCII.quote {
                value = .string(try multilineBasicString(at: location))
                lines.countLineBreaks(from: start, to: pos)
            } else {
                value = .string(try basicString())
            }
        case ASCII.apostrophe:
            if byte(pos + 1) == ASCII.apostrophe && byte(pos + 2) == ASCII.apostrophe {
                value = .string(try multilineLiteralString(at: location))
                lines.countLineBreaks(from: start, to: pos)
            } else {
                value = .string(try literalString())
            }
        case ASCII.leftBracket:
            value = .array(try array(at: location))
        case ASCII.leftBrace:
            value = .table(try inlineTable(at: location))
        case ASCII.lf, ASCII.cr, ASCII.hash, ASCII.comma, ASCII.rightBracket, ASCII.rightBrace:
            throw missingValue(for: Array(keyParts[parts]))
        default:
            value = try scalar()
        }
        return TOMLNode(value: value, location: location)
    }

    /// The failure for `key =` without a value.
    mutating func missingValue(for parts: [KeyPart]) -> ParseFailure {
        let suggestion = "write a value such as \"text\", 42, 1.5, true, [1, 2] or { a = 1 }"
        if parts.isEmpty {
            return fail(
                TOMLDiagnosticID.missingValue, "expected a value, but found \(describe(pos))",
                at: pos, suggestion: suggestion)
        }
        return fail(
            TOMLDiagnosticID.missingValue,
            "the key `\(parts.display)` has no value after `=`", at: pos, suggestion: suggestion)
    }

    /// Reads a list `[a, b, ...]`; line breaks and comments are allowed between items.
    mutating func array(at location: SourceLocation) throws(ParseFailure) -> [TOMLNode] {
        guard nesting < Self.maxNesting else { throw tooDeep(at: pos) }
        nesting += 1
        pos += 1
        var items: [TOMLNode] = []
        items.reserveCapacity(4)
        while true {
            try skipBlankLines()
            if byte(pos) == ASCII.rightBracket { break }
            if pos >= end { throw unclosedArray(at: location) }
            if byte(pos) == ASCII.comma {
                throw fail(
                    TOMLDiagnosticID.invalidArray,
                    items.isEmpty
                        ? "a list can't start with a comma"
                        : "there are two commas in a row in this list",
                    at: pos, suggestion: "remove the extra comma")
            }
            try checkStatementInsideArray(at: location, keyValueOnly: true)
            items.append(try value(for: 0..<0))
            try skipBlankLines()
            let b = byte(pos)
            if b == ASCII.comma {
                pos += 1
            } else if b == ASCII.rightBracket {
                break
            } else if pos >= end {
                throw unclosedArray(at: location)
            } else {
                try checkStatementInsideArray(at: location, keyValueOnly: false)
                throw fail(
                    TOMLDiagnosticID.invalidArray,
                    "expected `,` or `]` after a list item, but found \(describe(pos))", at: pos,
                    suggestion: "separate the items of a list with commas")
            }
        }
        pos += 1
        nesting -= 1
        return items
    }

    /// Fails when a list runs into a line that looks like a new `key = value` or header,
    /// which usually means its `]` is missing; reading resumes at that line.
    /// With `keyValueOnly`, only `key = ...` lines count, because those are never list items.
    mutating func checkStatementInsideArray(
        at location: SourceLocation, keyValueOnly: Bool
    ) throws(ParseFailure) {
        guard let lineStart = lineStartIfFirst(pos),
            !keyValueOnly || bytes[pos] != ASCII.leftBracket,
            lineLooksLikeStatement(at: lineStart)
        else { return }
        report(
            TOMLDiagnosticID.invalidArray,
            "this list is not closed: its `]` is missing before line \(self.location(pos).line)",
            at: location, suggestion: "add `]` after the last item")
        throw ParseFailure(nesting: nesting, resumeAt: lineStart)
    }

    /// The failure for a list that is still open at the end of the file.
    mutating func unclosedArray(at location: SourceLocation) -> ParseFailure {
        fail(
            TOMLDiagnosticID.invalidArray, "this list is never closed", at: location,
            suggestion: "add `]` after the last item")
    }

    /// Reads an inline table `{ a = 1, b.c = 2 }`, which must stay on one line.
    mutating func inlineTable(at location: SourceLocation) throws(ParseFailure) -> TOMLTable {
        guard nesting < Self.maxNesting else { throw tooDeep(at: pos) }
        nesting += 1
        pos += 1
        let mark = tables.mark
        let table = tables.newTable(origin: .header, location: location)
        skipSpaces()
        if byte(pos) != ASCII.rightBrace {
            while true {
                try checkInlineLine()
                try keyValue(into: table, inline: true)
                skipSpaces()
                let b = byte(pos)
                if b == ASCII.comma {
                    pos += 1
                    skipSpaces()
                    if byte(pos) == ASCII.rightBrace {
                        throw fail(
                            TOMLDiagnosticID.invalidInlineTable,
                            "an inline table can't end with a comma", at: pos,
                            suggestion: "remove the comma before `}`")
                    }
                } else if b == ASCII.rightBrace {
                    break
                } else {
                    try checkInlineLine()
                    throw fail(
                        TOMLDiagnosticID.invalidInlineTable,
                        "expected `,` or `}` in the inline table, but found \(describe(pos))",
                        at: pos, suggestion: "separate the keys of an inline table with commas")
                }
            }
        }
        pos += 1
        nesting -= 1
        let built = tables.build(table)
        tables.forget(after: mark)
        return built
    }

    /// Fails if an inline table runs into a line break, a comment or the end of the file.
    mutating func checkInlineLine() throws(ParseFailure) {
        let b = byte(pos)
        guard pos >= end || b == ASCII.lf || b == ASCII.cr || b == ASCII.hash else { return }
        throw fail(
            TOMLDiagnosticID.invalidInlineTable,
            pos >= end
                ? "this inline table is never closed; add `}`"
                : "an inline table must be on one line and can't contain comments",
            at: pos,
            suggestion: "close it with `}` on the same line, or use a [table] section"
                + " for longer tables")
    }
}
