extension Parser {
    /// Reads a key, possibly dotted, such as `a`, `"a b".c` or `site.'x'`, onto the top of
    /// `keyParts`; returns where its parts are there. The caller takes them off again.
    mutating func key() throws(ParseFailure) -> Range<Int> {
        let first = keyParts.count
        while true {
            skipSpaces()
            let part = try keyPart(after: first)
            keyParts.append(part)
            skipSpaces()
            guard byte(pos) == ASCII.dot else { return first..<keyParts.count }
            pos += 1
            if keyParts.count - first >= Self.maxKeyParts {
                throw fail(
                    TOMLDiagnosticID.tooDeep,
                    "this key has more than \(Self.maxKeyParts) parts, which is more than the reader allows",
                    at: pos, suggestion: "use fewer dots in the key")
            }
        }
    }

    /// Reads one part of a key: bare, "basic" or 'literal'.
    /// The key's parts before this one are on `keyParts` from `first`.
    mutating func keyPart(after first: Int) throws(ParseFailure) -> KeyPart {
        let start = pos
        let location = locationHere()
        let b = byte(pos)
        if b == ASCII.quote || b == ASCII.apostrophe {
            if byte(pos + 1) == b && byte(pos + 2) == b {
                throw fail(
                    TOMLDiagnosticID.invalidKey,
                    "a key can't be written with three quotes", at: start,
                    suggestion: "use one pair of quotes around the key")
            }
            let name = b == ASCII.quote ? try basicString() : try literalString()
            return KeyPart(name: name, location: location)
        }
        var stop = pos
        while stop < end && ASCII.isBareKey(bytes[stop]) { stop += 1 }
        pos = stop
        if pos < end && bytes[pos] >= 0x80 { throw nonASCIIKey(start) }
        if pos > start {
            var fingerprint: UInt64 = 0
            let name = shortTexts.text(bytes, start, pos, fingerprint: &fingerprint)
            return KeyPart(name: name, location: location, fingerprint: fingerprint)
        }
        throw missingKey(after: Array(keyParts[first...]))
    }

    /// The failure for a bare key with letters outside A-Z, such as `coördinatie`.
    mutating func nonASCIIKey(_ start: Int) -> ParseFailure {
        let letter = pos
        var stop = pos
        while stop < end && (ASCII.isBareKey(bytes[stop]) || bytes[stop] >= 0x80) { stop += 1 }
        let word = text(start, stop)
        return fail(
            TOMLDiagnosticID.invalidKey,
            "the key name `\(word)` contains \(describe(letter)), which is only allowed in a"
                + " key in quotes", at: letter, suggestion: "write \"\(word)\"")
    }

    /// The failure for a place where a key should start but doesn't.
    mutating func missingKey(after previous: [KeyPart]) -> ParseFailure {
        let b = byte(pos)
        if !previous.isEmpty {
            return fail(
                TOMLDiagnosticID.expectedKey,
                "expected a key name after `\(previous.display).`, but found \(describe(pos))",
                at: pos, suggestion: "remove the extra dot, or add the missing name")
        }
        if b == ASCII.equals {
            return fail(
                TOMLDiagnosticID.expectedKey, "a key name is missing before `=`", at: pos,
                suggestion: "write `name = value`")
        }
        if pos >= end || b == ASCII.lf || b == ASCII.cr || b == ASCII.hash
            || b == ASCII.rightBracket
        {
            return fail(
                TOMLDiagnosticID.expectedKey, "expected a key name, but found \(describe(pos))",
                at: pos)
        }
        return fail(
            TOMLDiagnosticID.invalidKey,
            "\(describe(pos)) can't be used in a key name", at: pos,
            suggestion: "use only letters A-Z, digits, `_` and `-`, or put the key in"
                + " quotes: \"my key\"")
    }

    /// Reads `key = value` and stores it in `table`.
    mutating func keyValue(into table: Int, inline: Bool) throws(ParseFailure) {
        let parts = try key()
        if byte(pos) != ASCII.equals {
            throw missingEquals(after: Array(keyParts[parts]))
        }
        pos += 1
        skipSpaces()
        if inline {
            guard nesting + parts.count - 1 <= Self.maxNesting else { throw tooDeep(at: pos) }
        }
        let savedNesting = nesting
        if inline { nesting += parts.count - 1 }
        let node = try value(for: parts)
        nesting = savedNesting
        if parts.count == 1 && tables.position(of: keyParts[parts.lowerBound], in: table) == nil {
            // A new plain key, the usual case: its part moves from the stack into the table.
            let part = keyParts.removeLast()
            tables[table].add(part, node)
            return
        }
        insert(node, at: keyParts[parts], into: table)
        while keyParts.count > parts.lowerBound { keyParts.removeLast() }
    }

    /// The failure for a key that is not followed by `=`.
    mutating func missingEquals(after parts: [KeyPart]) -> ParseFailure {
        let b = byte(pos)
        let name = parts.display
        if pos >= end || b == ASCII.lf || b == ASCII.cr || b == ASCII.hash {
            return fail(
                TOMLDiagnosticID.expectedEquals, "the key `\(name)` needs `=` and a value",
                at: pos, suggestion: "write `\(name) = value`")
        }
        if ASCII.isBareKey(b) || b == ASCII.quote || b == ASCII.apostrophe {
            return fail(
                TOMLDiagnosticID.expectedEquals,
                "expected `=` after the key `\(name)`, but found \(describe(pos))", at: pos,
                suggestion: "a key with spaces must be in quotes, like \"my key\" = value")
        }
        return fail(
            TOMLDiagnosticID.expectedEquals,
            "expected `=` after the key `\(name)`, but found \(describe(pos))", at: pos,
            suggestion: "write `\(name) = value`")
    }

    /// The failure for nesting beyond `maxNesting`.
    mutating func tooDeep(at offset: Int) -> ParseFailure {
        fail(
            TOMLDiagnosticID.tooDeep,
            "lists and tables are nested too deeply here (more than \(Self.maxNesting) levels)",
            at: offset, suggestion: "use fewer levels of [ ] and { } inside each other")
    }
}
