/// A table of a report, drawn as aligned plain text or as a Markdown table.
struct ReportTable {
    /// The column headings.
    var headings: [String]
    /// Which columns hold numbers (aligned right); the others are aligned left.
    var numeric: [Bool]
    /// The rows, one cell per column.
    var rows: [[String]] = []

    /// A table whose first `labels` columns hold text and the rest numbers.
    init(headings: [String], labels: Int = 1) {
        self.headings = headings
        numeric = headings.indices.map { $0 >= labels }
    }

    /// The table as plain text: columns padded to their widest cell, two spaces apart.
    func text() -> String {
        let all = [headings] + rows
        let widths = headings.indices.map { column in
            all.map { $0.indices.contains(column) ? $0[column].count : 0 }.max() ?? 0
        }
        return all.map { row in
            row.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: max(0, widths[column] - cell.count))
                return numeric[column] ? padding + cell : cell + padding
            }.joined(separator: "  ").trimmingTrailingSpaces()
        }.joined(separator: "\n") + "\n"
    }

    /// The table in Markdown, numbers aligned right; `|` in a cell is escaped.
    func markdown() -> String {
        func line(_ cells: [String]) -> String {
            "| " + cells.map { $0.replacingPipes() }.joined(separator: " | ") + " |"
        }
        let rule = "|" + numeric.map { $0 ? "---:|" : "---|" }.joined()
        return ([line(headings), rule] + rows.map(line)).joined(separator: "\n") + "\n"
    }
}

extension String {
    /// The string without spaces at its end.
    fileprivate func trimmingTrailingSpaces() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }

    /// The string with `|` escaped for a Markdown table cell.
    fileprivate func replacingPipes() -> String {
        split(separator: "|", omittingEmptySubsequences: false).joined(separator: "\\|")
    }
}
