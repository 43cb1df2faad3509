/// Re-flows a player text written over several lines, so that `"""` paragraphs just work;
/// the one place that says what a paragraph and a list item are (the views wrap by it too).
///
/// Single line breaks become spaces; one or more blank lines become one paragraph break
/// (`\n\n`); a line starting with `- `, `* ` or `• ` stays a list item on its own line.
/// Spaces at the start and end of every line, and blank lines at the start and end, go.
public enum TextReflow {
    /// The re-flowed `text`.
    public static func reflow(_ text: String) -> String {
        paragraphs(text).map { $0.joined(separator: "\n") }.joined(separator: "\n\n")
    }

    /// The paragraphs of `text` (split at blank lines), each a list of items: hard line
    /// breaks joined, except before a list item.
    public static func paragraphs(_ text: String) -> [[String]] {
        var result: [[String]] = []
        var items: [String] = []
        // Line ends are single bytes in UTF-8, so lines can be cut out of the bytes.
        for raw in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        {
            let line = trimmed(Substring(raw))
            if line.isEmpty {
                if !items.isEmpty { result.append(items) }
                items = []
            } else if items.isEmpty || isListItem(line) {
                items.append(line)
            } else {
                items[items.count - 1] += " " + line
            }
        }
        if !items.isEmpty { result.append(items) }
        return result
    }

    /// Whether a line starts a list item.
    public static func isListItem(_ line: String) -> Bool {
        line.hasPrefix("- ") || line.hasPrefix("* ") || line.hasPrefix("• ")
    }

    /// `line` without spaces, tabs and carriage returns at either end (single bytes in UTF-8,
    /// never part of another character, so the trim works on bytes).
    private static func trimmed(_ line: Substring) -> String {
        let isSpace: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
        let bytes = line.utf8
        guard let first = bytes.firstIndex(where: { !isSpace($0) }),
            let last = bytes.lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(line[first...last])
    }
}
