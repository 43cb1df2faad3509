import TOML

/// Finds the file position of a character inside a string value, for expression errors.
///
/// Every string kind is mapped exactly: escapes take their raw width, a multi-line string
/// skips the line break right after its opening quotes, CRLF counts as one line break, and a
/// line-ending backslash skips the whitespace and line breaks after it. Columns count
/// characters, as the TOML reader does.
struct StringLocator {
    private let lines: [Substring]

    /// Creates a locator over the source text.
    init(source: String) {
        var scalars = Substring(source).unicodeScalars
        if scalars.first == "\u{FEFF}" { scalars = scalars.dropFirst() }
        lines = scalars.split(separator: "\n", omittingEmptySubsequences: false).map {
            Substring($0)
        }
    }

    /// The position of the `offset`-th character (0-based) of the string whose value starts at `start`.
    func location(of offset: Int, inStringAt start: SourceLocation) -> SourceLocation {
        guard start.line >= 1, start.line <= lines.count, start.column >= 1 else { return start }
        let line = Array(lines[start.line - 1])
        let opening = line.dropFirst(start.column - 1).prefix(3)
        guard let quote = opening.first, quote == "\"" || quote == "'" else { return start }
        var cursor = Cursor(lines: lines, line: start.line - 1, characters: line)
        cursor.column = start.column - 1
        if opening.count == 3 && opening.allSatisfy({ $0 == quote }) {
            cursor.column += 3
            if cursor.atLineEnd { cursor.nextLine() }
            cursor.skip(offset, escapes: quote == "\"", acrossLines: true)
        } else {
            cursor.column += 1
            cursor.skip(offset, escapes: quote == "\"", acrossLines: false)
        }
        return cursor.location
    }

    /// A walk over the raw characters of a string in the source.
    private struct Cursor {
        let lines: [Substring]
        var line: Int
        var characters: [Character]
        var column = 0

        init(lines: [Substring], line: Int, characters: [Character]) {
            self.lines = lines
            self.line = line
            self.characters = characters
        }

        /// At the end of the line, or at the CR of a CRLF line end.
        var atLineEnd: Bool {
            column >= characters.count
                || (column == characters.count - 1 && characters[column] == "\r")
        }

        /// The 1-based position of the cursor, kept on its line.
        var location: SourceLocation {
            SourceLocation(line: line + 1, column: min(column, characters.count) + 1)
        }

        /// Moves to the start of the next line; false at the end of the file.
        @discardableResult
        mutating func nextLine() -> Bool {
            guard line + 1 < lines.count else { return false }
            line += 1
            characters = Array(lines[line])
            column = 0
            return true
        }

        /// Moves past `count` characters of the string's value.
        mutating func skip(_ count: Int, escapes: Bool, acrossLines: Bool) {
            var decoded = 0
            while decoded < count {
                if atLineEnd {
                    guard acrossLines, nextLine() else { return }
                } else if escapes && characters[column] == "\\" {
                    if acrossLines && restIsBlank(after: column) {
                        skipLineEndingBackslash()
                        continue
                    }
                    column += escapeLength(at: column)
                } else {
                    column += 1
                }
                decoded += 1
            }
            if escapes && acrossLines && !atLineEnd && characters[column] == "\\"
                && restIsBlank(after: column)
            {
                skipLineEndingBackslash()
            }
        }

        /// Whether only spaces, tabs or a CR follow `index` on this line.
        private func restIsBlank(after index: Int) -> Bool {
            characters[(index + 1)...].allSatisfy { $0 == " " || $0 == "\t" || $0 == "\r" }
        }

        /// Skips a line-ending backslash and the whitespace and line breaks after it.
        private mutating func skipLineEndingBackslash() {
            guard nextLine() else { return }
            while true {
                while column < characters.count
                    && (characters[column] == " " || characters[column] == "\t")
                {
                    column += 1
                }
                guard atLineEnd, nextLine() else { return }
            }
        }

        /// How many raw characters the escape at `index` takes.
        private func escapeLength(at index: Int) -> Int {
            guard index + 1 < characters.count else { return 1 }
            switch characters[index + 1] {
            case "u": return 6
            case "U": return 10
            default: return 2
            }
        }
    }
}
