extension Parser {
    /// Stores `node` under the dotted key `parts` in `base`, creating tables for the
    /// leading parts, and reports redefinitions.
    mutating func insert(_ node: consuming TOMLNode, at parts: ArraySlice<KeyPart>, into base: Int)
    {
        var table = base
        for i in parts.indices.dropLast() {
            let part = parts[i]
            guard let position = tables.position(of: part, in: table) else {
                let child = tables.newTable(origin: .dotted, location: part.location)
                tables[table].add(part, .table(child))
                table = child
                continue
            }
            let existing = tables[table].found(at: position)
            switch existing.slot {
            case .table(let child) where tables[child].origin != .header:
                if tables[child].origin == .implicit { tables[child].origin = .dotted }
                table = child
            case .table(let child):
                let path = keyPath(parts[...i], in: base)
                report(
                    TOMLDiagnosticID.dottedKeyRedefinesTable,
                    "the table `\(path)` was already defined by a header on line"
                        + " \(tables[child].location.line); a dotted key can't add to it from here",
                    at: part.location, suggestion: "add this key under the [\(path)] header instead"
                )
                return
            case .tableArray(let array):
                let path = keyPath(parts[...i], in: base)
                report(
                    TOMLDiagnosticID.keyConflict,
                    "`\(path)` is a list of tables ([[\(path)]]) from line"
                        + " \(tables.location(ofArray: array).line); a dotted key can't add to it",
                    at: part.location, suggestion: "add this key under a [[\(path)]] header instead"
                )
                return
            case .value(let value):
                let path = keyPath(parts[...i], in: base)
                reportValueInTheWay(value, path: path, keyLocation: existing.keyLocation, at: part)
                return
            }
        }
        let end = parts.endIndex - 1
        if let position = tables.position(of: parts[end], in: table) {
            let existing = tables[table].found(at: position)
            let last = parts[end]
            let path = keyPath(parts, in: base)
            let what = if case .value = existing.slot { "" } else { " as a table" }
            report(
                TOMLDiagnosticID.duplicateKey,
                "the key `\(path)` is already defined\(what) on line \(existing.keyLocation.line)",
                at: last.location,
                suggestion: "remove one of the two, or give this one another name",
                notes: ["`\(path)` is first defined at \(existing.keyLocation)"])
            return
        }
        tables[table].add(parts[end], node)
    }

    /// The whole dotted name of `parts` written in `base`, for messages: under the current
    /// `[section]` it starts with the section's name.
    func keyPath(_ parts: ArraySlice<KeyPart>, in base: Int) -> String {
        let prefix = base == current && !sectionParts.isEmpty ? sectionParts.display + "." : ""
        return prefix + parts.display
    }

    /// Reports that a plain value (or an inline table) stands where a table is needed.
    mutating func reportValueInTheWay(
        _ value: TOMLNode, path: String, keyLocation: SourceLocation, at part: KeyPart
    ) {
        if case .table = value.value {
            report(
                TOMLDiagnosticID.inlineTableExtended,
                "the table `\(path)` was written inline with { } on line \(keyLocation.line)"
                    + " and can't be extended later", at: part.location,
                suggestion: "put all its keys inside the { } on line \(keyLocation.line),"
                    + " or write it as a [\(path)] section")
        } else {
            report(
                TOMLDiagnosticID.keyConflict,
                "`\(path)` already holds \(article(value.value.typeName)) on line \(keyLocation.line),"
                    + " so it can't also be a table", at: part.location,
                suggestion: "use another name for one of them")
        }
    }

    /// `a` or `an` before a type name.
    func article(_ typeName: String) -> String {
        let vowel = typeName.first.map { "aeiou".contains($0) } ?? false
        return (vowel ? "an " : "a ") + typeName
    }

    /// Reads a `[table]` or `[[array of tables]]` header and makes its table current.
    mutating func header() throws(ParseFailure) {
        let headerLocation = locationHere()
        current = tables.newTable(origin: .header, location: headerLocation)
        var parts: [KeyPart] = []
        swap(&parts, &sectionParts)
        parts.removeAll(keepingCapacity: true)
        let isArray = byte(pos + 1) == ASCII.leftBracket
        pos += isArray ? 2 : 1
        let range = try key()
        parts.append(contentsOf: keyParts[range])
        while keyParts.count > range.lowerBound { keyParts.removeLast() }
        let close = isArray ? "]]" : "]"
        guard byte(pos) == ASCII.rightBracket, !isArray || byte(pos + 1) == ASCII.rightBracket
        else {
            let b = byte(pos)
            let found = describe(pos)
            if pos >= end || b == ASCII.lf || b == ASCII.cr || b == ASCII.hash {
                throw fail(
                    TOMLDiagnosticID.invalidHeader,
                    "this table header is not closed; expected `\(close)`", at: pos,
                    suggestion: "end the header with `\(close)`")
            }
            throw fail(
                TOMLDiagnosticID.invalidHeader,
                "expected `\(close)` to close the table header, but found \(found)", at: pos,
                suggestion: "a table name with spaces or dots in it must be in quotes")
        }
        pos += isArray ? 2 : 1
        if let table = openTable(parts, isArray: isArray, at: headerLocation) {
            current = table
            sectionParts = parts
        }
    }

    /// Finds or creates the table named by a header, or reports why it can't be used.
    mutating func openTable(
        _ parts: [KeyPart], isArray: Bool, at headerLocation: SourceLocation
    ) -> Int? {
        var table = TableArena.root
        for (i, part) in parts.dropLast().enumerated() {
            guard let existing = tables.entry(part, in: table) else {
                let child = tables.newTable(origin: .implicit, location: part.location)
                tables[table].add(part, .table(child))
                table = child
                continue
            }
            switch existing.slot {
            case .table(let child): table = child
            case .tableArray(let array): table = tables.lastTable(ofArray: array)
            case .value(let value):
                let path = Array(parts[...i]).display
                reportValueInTheWay(value, path: path, keyLocation: existing.keyLocation, at: part)
                return nil
            }
        }
        let last = parts[parts.count - 1]
        guard let existing = tables.entry(last, in: table) else {
            let child = tables.newSection(location: headerLocation)
            if isArray {
                let array = tables.newArray(location: headerLocation, first: child)
                tables[table].add(last, .tableArray(array))
            } else {
                tables[table].add(last, .table(child))
            }
            return child
        }
        let path = parts.display
        switch existing.slot {
        case .tableArray(let array) where isArray:
            let child = tables.newSection(location: headerLocation)
            tables.append(child, toArray: array)
            return child
        case .table(let child) where !isArray && tables[child].origin == .implicit:
            tables[child].origin = .header
            tables[child].location = headerLocation
            return child
        case .table(let child) where !isArray && tables[child].origin == .header:
            let first = tables[child].location
            report(
                TOMLDiagnosticID.duplicateTable,
                "the table [\(path)] is already defined on line \(first.line)",
                at: headerLocation, suggestion: "merge the two [\(path)] sections into one",
                notes: ["[\(path)] is first defined at \(first)"])
        case .table(let child) where !isArray:
            report(
                TOMLDiagnosticID.duplicateTable,
                "the table `\(path)` is already defined by dotted keys on line"
                    + " \(tables[child].location.line)",
                at: headerLocation,
                suggestion: "write all keys of `\(path)` in one place, either as dotted keys or"
                    + " under a [\(path)] header")
        case .table(let child):
            report(
                TOMLDiagnosticID.keyConflict,
                "`\(path)` is already a single table (line \(tables[child].location.line)), so"
                    + " [[\(path)]] can't make it a list of tables", at: headerLocation,
                suggestion: "use [\(path)] for one table, or [[\(path)]] everywhere for a list")
        case .tableArray(let array):
            report(
                TOMLDiagnosticID.keyConflict,
                "`\(path)` is a list of tables ([[\(path)]]) from line"
                    + " \(tables.location(ofArray: array).line),"
                    + " so [\(path)] can't define it as a single table", at: headerLocation,
                suggestion: "write [[\(path)]] to add another table to the list")
        case .value(let value):
            if isArray, case .array = value.value {
                report(
                    TOMLDiagnosticID.keyConflict,
                    "`\(path)` is already a list written with [ ] on line \(existing.keyLocation.line);"
                        + " [[\(path)]] can't add to it", at: headerLocation,
                    suggestion: "use either the [ ] list or [[\(path)]] sections, not both")
            } else {
                reportValueInTheWay(value, path: path, keyLocation: existing.keyLocation, at: last)
            }
        }
        return nil
    }
}
