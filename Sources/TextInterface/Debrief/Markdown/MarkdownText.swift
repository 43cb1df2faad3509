/// Makes game texts literal in Markdown: no markup, no HTML, no table breaks.
enum MarkdownText {
    /// `text` on one line with Markdown's and HTML's special characters escaped, so that it
    /// shows exactly as written (a `<script>` shows as text, a `|` does not split a table
    /// cell).
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\n", "\r", "\r\n", "\t": result += " "
            case "\\", "`", "*", "_", "[", "]", "|", "#", "~", "{", "}", "!":
                result += "\\" + String(character)
            default: result.append(character)
            }
        }
        return result
    }

    /// A table row of already escaped cells.
    static func row(_ cells: [String]) -> String {
        "| " + cells.joined(separator: " | ") + " |"
    }

    /// A table's header row and its rule.
    static func header(_ cells: [String], numeric: Set<Int> = []) -> [String] {
        [
            row(cells),
            row(cells.indices.map { numeric.contains($0) ? "---:" : "---" }),
        ]
    }
}
