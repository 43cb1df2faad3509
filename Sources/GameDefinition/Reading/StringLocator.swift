import TOML

/// Finds the file position of a character inside a string value, for expression errors.
///
/// Single-line basic and literal strings are mapped exactly, escapes included; for
/// multi-line strings the position of the string's start is returned.
struct StringLocator {
    private let lines: [Substring]

    /// Creates a locator over the source text.
    init(source: String) {
        var text = Substring(source)
        if text.unicodeScalars.first == "\u{FEFF}" {
            text = Substring(text.unicodeScalars.dropFirst())
        }
        lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// The position of the `offset`-th character (0-based) of the string whose value starts at `start`.
    func location(of offset: Int, inStringAt start: SourceLocation) -> SourceLocation {
        guard start.line >= 1, start.line <= lines.count, start.column >= 1 else { return start }
        let rest = lines[start.line - 1].dropFirst(start.column - 1)
        if rest.hasPrefix("\"\"\"") || rest.hasPrefix("'''") { return start }
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return start }
        var raw = 0
        var decoded = 0
        var characters = Array(rest.dropFirst())
        if quote == "'" { characters = [] }
        while decoded < offset, raw < characters.count {
            if characters[raw] == "\\" {
                raw += Self.escapeLength(characters, at: raw)
            } else {
                raw += 1
            }
            decoded += 1
        }
        if quote == "'" { raw = offset }
        let column = start.column + 1 + raw
        let lineLength = lines[start.line - 1].count
        return SourceLocation(line: start.line, column: min(column, lineLength + 1))
    }

    /// How many raw characters the escape at `index` takes.
    private static func escapeLength(_ characters: [Character], at index: Int) -> Int {
        guard index + 1 < characters.count else { return 1 }
        switch characters[index + 1] {
        case "u": return 6
        case "U": return 10
        default: return 2
        }
    }
}
