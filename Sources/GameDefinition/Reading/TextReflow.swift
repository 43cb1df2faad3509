/// Re-flows a player text written over several lines, so that `"""` paragraphs just work.
///
/// Single line breaks become spaces; one or more blank lines become one paragraph break
/// (`\n\n`); a line starting with `- `, `* ` or `• ` stays a list item on its own line.
/// Spaces at the start and end of every line, and blank lines at the start and end, go.
enum TextReflow {
    /// The re-flowed `text`.
    static func reflow(_ text: String) -> String {
        var paragraphs: [[String]] = []
        var items: [String] = []
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = trimmed(raw)
            if line.isEmpty {
                if !items.isEmpty { paragraphs.append(items) }
                items = []
            } else if items.isEmpty || isListItem(line) {
                items.append(line)
            } else {
                items[items.count - 1] += " " + line
            }
        }
        if !items.isEmpty { paragraphs.append(items) }
        return paragraphs.map { $0.joined(separator: "\n") }.joined(separator: "\n\n")
    }

    private static func isListItem(_ line: String) -> Bool {
        line.hasPrefix("- ") || line.hasPrefix("* ") || line.hasPrefix("• ")
    }

    private static func trimmed(_ line: Substring) -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" }
        guard let first = line.firstIndex(where: { !isSpace($0) }),
            let last = line.lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(line[first...last])
    }
}
