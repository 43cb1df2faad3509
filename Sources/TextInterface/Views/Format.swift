import GameDefinition

/// Small text helpers for laying out views at 80 columns.
enum Format {
    /// The width views are laid out for.
    static let width = 80

    /// An amount of money or a value, without needless decimals (one decimal at most).
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "\(value)" }
        let rounded = (value * 10).rounded() / 10
        if rounded == rounded.rounded(), abs(rounded) < 1e15 { return "\(Int(rounded))" }
        return "\(rounded)"
    }

    /// A signed change such as `+5` or `-2.5`.
    static func signed(_ value: Double) -> String {
        value >= 0 ? "+" + number(value) : number(value)
    }

    /// `text` padded with spaces (or cut with `…`) to exactly `width` characters.
    static func pad(_ text: String, _ width: Int) -> String {
        let count = text.count
        if count == width { return text }
        if count < width { return text + String(repeating: " ", count: width - count) }
        guard width > 1 else { return String(text.prefix(width)) }
        return String(text.prefix(width - 1)) + "…"
    }

    /// `text` right-aligned in `width` characters.
    static func right(_ text: String, _ width: Int) -> String {
        let count = text.count
        return count >= width ? text : String(repeating: " ", count: width - count) + text
    }

    /// A bar of `width` cells for `value` out of `maximum`.
    static func bar(_ value: Double, maximum: Double = 100, width: Int = 10) -> String {
        guard value.isFinite, maximum > 0 else { return String(repeating: "░", count: width) }
        let filled = max(0, min(width, Int((value / maximum * Double(width)).rounded())))
        return String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
    }

    /// `text` padded with spaces to `width` characters, but never cut: an id a player must
    /// type stays whole, even when it is too long for its column.
    static func column(_ text: String, _ width: Int) -> String {
        text.count <= width ? pad(text, width) : text
    }

    /// `text` re-flowed and wrapped at word boundaries to `width` columns, each line after
    /// `indent`.
    ///
    /// Hard line breaks inside a paragraph become spaces; a blank line separates paragraphs
    /// (shown as one empty line); a line starting with `- `, `* ` or `• ` starts a list item,
    /// whose further lines hang two spaces in.
    static func wrap(_ text: String, width: Int = Format.width - 2, indent: String = "") -> [String]
    {
        if fitsOnOneLine(text, width: width - indent.utf8.count) { return [indent + text] }
        var lines: [String] = []
        for (number, paragraph) in TextReflow.paragraphs(text).enumerated() {
            if number > 0 { lines.append("") }
            for item in paragraph {
                let hanging = TextReflow.isListItem(item) ? indent + "  " : indent
                var line = ""
                var lead = indent
                // Widths are counted once per word: counting a string's characters walks it.
                var used = lead.count
                let hangingWidth = hanging.count
                // Spaces are single bytes in UTF-8, so words can be cut out of the bytes.
                for word in item.utf8.split(separator: UInt8(ascii: " ")) {
                    let wordWidth = displayWidth(word)
                    if !line.isEmpty && used + 1 + wordWidth > width {
                        lines.append(lead + line)
                        line = ""
                        lead = hanging
                        used = hangingWidth
                    }
                    used += line.isEmpty ? wordWidth : 1 + wordWidth
                    if !line.isEmpty { line += " " }
                    line += Substring(word)
                }
                if !line.isEmpty { lines.append(lead + line) }
            }
        }
        return lines
    }

    /// Whether `text` is one line that wrapping leaves as it is: no more bytes than `width`
    /// (a character takes at least one), no line break, and no space at either end or
    /// next to another.
    private static func fitsOnOneLine(_ text: String, width: Int) -> Bool {
        let bytes = text.utf8
        guard !bytes.isEmpty, bytes.count <= width, bytes.first != 0x20, bytes.last != 0x20 else {
            return false
        }
        var previous: UInt8 = 0
        for byte in bytes {
            if byte == 0x0A || byte == 0x0D || byte == 0x09 || (byte == 0x20 && previous == 0x20) {
                return false
            }
            previous = byte
        }
        return true
    }

    /// The characters in `word`: its bytes when it is ASCII, which most words are.
    private static func displayWidth(_ word: Substring.UTF8View) -> Int {
        word.allSatisfy { $0 < 0x80 } ? word.count : Substring(word).count
    }

    /// `text` wrapped to the full width, lines after the first indented by two spaces.
    static func hang(_ text: String) -> [String] {
        let lines = wrap(text, width: width)
        guard lines.count > 1 else { return lines }
        let rest = wrap(lines.dropFirst().joined(separator: " "), width: width, indent: "  ")
        return [lines[0]] + rest
    }

    /// A heading line: the title followed by a rule up to the full width.
    static func heading(_ title: String) -> String {
        let rule = max(3, width - title.count - 4)
        return "── " + title + " " + String(repeating: "─", count: rule)
    }
}

extension StringProtocol where UTF8View: BidirectionalCollection {
    /// The string without leading and trailing spaces, tabs and line ends.
    func trimmingCharacters() -> String {
        // Spaces, tabs and line ends are single bytes in UTF-8 and never part of another
        // character's bytes, so the trim can work on bytes.
        let isSpace: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        let bytes = utf8
        guard let first = bytes.firstIndex(where: { !isSpace($0) }) else { return "" }
        let last = bytes.lastIndex(where: { !isSpace($0) }) ?? first
        return String(self[first...last])
    }
}
