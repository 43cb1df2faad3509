/// Renders diagnostics as text for a terminal: headline, source line, caret, suggestion
/// and notes.
public enum DiagnosticRenderer {
    /// `file:line:col: error: message`, then the offending source line, then a caret line
    /// under the column, then `  suggestion: ...` and `  note: ...` lines. With `color`,
    /// the severity is coloured with ANSI escapes; with `ids`, the headline ends with the
    /// stable id in brackets (`[def.unknown-key]`).
    public static func render(
        _ d: Diagnostic, source: String?, color: Bool = false, ids: Bool = false
    ) -> String {
        render(d, lines: source.map(splitLines), color: color, ids: ids)
    }

    /// Renders several diagnostics, one after another.
    public static func render(
        _ ds: [Diagnostic], source: String?, color: Bool = false, ids: Bool = false
    ) -> String {
        // No lines are split for no diagnostics.
        guard !ds.isEmpty else { return "" }
        let lines = source.map(splitLines)
        return ds.map { render($0, lines: lines, color: color, ids: ids) }.joined()
    }

    private static func render(_ d: Diagnostic, lines: [Substring]?, color: Bool, ids: Bool)
        -> String
    {
        let severity = d.severity.rawValue
        let painted: String
        if color {
            let code = d.severity == .error ? "1;31" : "1;33"
            painted = "\u{1B}[\(code)m\(severity):\u{1B}[0m \u{1B}[1m\(d.message)\u{1B}[0m"
        } else {
            painted = "\(severity): \(d.message)"
        }
        let id = ids ? " [\(d.id)]" : ""
        var out = "\(d.file):\(d.location.line):\(d.location.column): \(painted)\(id)\n"
        if let lines, d.location.line >= 1, d.location.line <= lines.count {
            let line = lines[d.location.line - 1]
            out += "    " + line + "\n"
            var caret = "    "
            for character in line.prefix(max(0, d.location.column - 1)) {
                caret += character == "\t" ? "\t" : " "
            }
            caret += color ? "\u{1B}[1;32m^\u{1B}[0m" : "^"
            out += caret + "\n"
        }
        if let suggestion = d.suggestion { out += "  suggestion: \(suggestion)\n" }
        for note in d.notes { out += "  note: \(note)\n" }
        return out
    }

    /// The lines of `source`, split at line feeds (a CR before LF is dropped), with a BOM removed.
    private static func splitLines(_ source: String) -> [Substring] {
        var text = Substring(source)
        if text.unicodeScalars.first == "\u{FEFF}" {
            text = Substring(text.unicodeScalars.dropFirst())
        }
        return text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { raw in
            var line = Substring(raw)
            if line.utf8.last == 0x0D { line = Substring(line.utf8.dropLast()) }
            return line
        }
    }
}
