import TOML

/// A random TOML document written piece by piece, remembering where every key and value
/// starts by counting the text before it from scratch.
struct LocatedDocument {
    /// One step of a path from the root to a node: a key or a list position.
    enum Step: Hashable, CustomStringConvertible {
        /// A key of a table.
        case key(String)
        /// A position in a list.
        case index(Int)

        var description: String {
            switch self {
            case .key(let key): key
            case .index(let index): "[\(index)]"
            }
        }
    }

    /// A node the document must hold, with where its key and its value start.
    struct Expected {
        /// How to reach the node from the root.
        var path: [Step]
        /// Where the key is written (nil for a list item).
        var keyLocation: TOML.SourceLocation?
        /// Where the value (or a header's `[`) starts.
        var location: TOML.SourceLocation
    }

    /// Text pieces: ASCII runs, Dutch letters, an emoji, a decomposed letter (two code points,
    /// one character), a CJK letter and a tab.
    static let pieces = [
        "a", "bcdefgh", "ijklmnopqrstuvwxyz0123", "ë", "ö", "🙂", "e\u{301}", "中", " ", "\t",
    ]

    /// The text without a byte order mark.
    var text = ""
    /// The nodes written so far.
    private(set) var expected: [Expected] = []
    private var random: SplitMix64
    private var names = 0

    /// Starts an empty document drawing from `random`.
    init(random: SplitMix64) {
        self.random = random
    }

    /// The random generator, to go on with after this document.
    var generator: SplitMix64 { random }

    /// The location where the next text will start, counted from scratch: line feeds
    /// before it, and characters since the last one.
    var here: TOML.SourceLocation {
        let bytes = Array(text.utf8)
        let lineFeeds = bytes.filter { $0 == 0x0A }.count
        let lineStart = (bytes.lastIndex(of: 0x0A) ?? -1) + 1
        let column = String(decoding: bytes[lineStart...], as: UTF8.self).count + 1
        return TOML.SourceLocation(line: lineFeeds + 1, column: column)
    }

    /// A line break, LF or CRLF at random.
    mutating func lineBreak() {
        text += random.below(2) == 0 ? "\n" : "\r\n"
    }

    /// Spaces or a tab at random, or nothing.
    mutating func indent() {
        text += ["", "", " ", "   ", "\t"][random.below(5)]
    }

    /// Random text of up to `count` pieces.
    mutating func words(_ count: Int) -> String {
        var out = ""
        for _ in 0..<random.below(count + 1) { out += Self.pieces[random.below(Self.pieces.count)] }
        return out
    }

    /// A fresh name, such as `k12`.
    mutating func freshName(_ prefix: String) -> String {
        names += 1
        return prefix + String(names)
    }

    /// Writes a random statement into the table at `table`, ending with a line break.
    mutating func statement(in table: [Step]) -> [Step] {
        indent()
        var next = table
        switch random.below(8) {
        case 0: text += "# " + words(6)
        case 1: break
        case 2: next = header()
        default: keyValue(in: table)
        }
        text += [" ", ""][random.below(2)]
        if random.below(4) == 0 { text += "# " + words(4) }
        lineBreak()
        return next
    }

    /// Writes a `[header]` and returns the path of its table.
    mutating func header() -> [Step] {
        let location = here
        text += "[" + [" ", ""][random.below(2)]
        let keyLocation = here
        let name = key()
        text += [" ", ""][random.below(2)] + "]"
        expected.append(Expected(path: [.key(name)], keyLocation: keyLocation, location: location))
        return [.key(name)]
    }

    /// Writes a bare or quoted key and returns its name.
    mutating func key() -> String {
        let name = freshName("k")
        if random.below(3) == 0 {
            let quoted = name + " " + words(3).replacingOccurrences(of: "\t", with: "")
            text += "\"" + quoted + "\""
            return quoted
        }
        text += name
        return name
    }

    /// Writes `key = value`, maybe with a dotted key, into the table at `table`.
    mutating func keyValue(in table: [Step]) {
        var path = table
        if random.below(4) == 0 {
            let part = freshName("d")
            text += part + [".", " . "][random.below(2)]
            path.append(.key(part))
        }
        let keyLocation = here
        let name = key()
        path.append(.key(name))
        text += [" = ", "=", " =\t"][random.below(3)]
        value(at: path, keyLocation: keyLocation, depth: 0)
    }

    /// Writes a random value for the node at `path`.
    mutating func value(at path: [Step], keyLocation: TOML.SourceLocation?, depth: Int) {
        expected.append(Expected(path: path, keyLocation: keyLocation, location: here))
        switch random.below(depth < 2 ? 8 : 5) {
        case 0: text += "\"" + words(6) + "\""
        case 1: text += "'" + words(6) + "'"
        case 2: text += String(random.below(1000))
        case 3: multiline(quote: "\"\"\"")
        case 4: multiline(quote: "'''")
        case 5, 6: list(at: path, depth: depth)
        default: inlineTable(at: path, depth: depth)
        }
    }

    /// Writes a multi-line string whose lines end in LF or CRLF.
    mutating func multiline(quote: String) {
        text += quote
        for _ in 0..<random.below(4) {
            text += words(5)
            lineBreak()
        }
        text += words(5) + quote
    }

    /// Writes a list whose items may be on lines of their own.
    mutating func list(at path: [Step], depth: Int) {
        text += "["
        let count = random.below(5)
        for index in 0..<count {
            separator()
            value(at: path + [.index(index)], keyLocation: nil, depth: depth + 1)
            if index < count - 1 || random.below(2) == 0 { text += "," }
        }
        separator()
        text += "]"
    }

    /// Writes what may come between list items: spaces, comments and line breaks.
    mutating func separator() {
        switch random.below(4) {
        case 0: text += " "
        case 1:
            lineBreak()
            indent()
        case 2:
            text += " # " + words(3)
            lineBreak()
            indent()
        default: break
        }
    }

    /// Writes an inline table `{ a = 1, b = "ö" }` on one line.
    mutating func inlineTable(at path: [Step], depth: Int) {
        text += "{" + [" ", ""][random.below(2)]
        for index in 0..<random.below(4) {
            if index > 0 { text += [", ", ","][random.below(2)] }
            let keyLocation = here
            let name = key()
            text += " = "
            value(at: path + [.key(name)], keyLocation: keyLocation, depth: depth + 2)
        }
        text += [" ", ""][random.below(2)] + "}"
    }

    /// The node at `path` in `document`, with the location of its key when it has one.
    static func node(at path: [Step], in document: TOMLDocument) -> (
        TOMLNode, TOML.SourceLocation?
    )? {
        var node = TOMLNode(value: .table(document.root), location: .start)
        var keyLocation: TOML.SourceLocation?
        for step in path {
            switch (step, node.value) {
            case (.key(let key), .table(let table)):
                guard let entry = table.entry(key) else { return nil }
                node = entry.node
                keyLocation = entry.keyLocation
            case (.index(let index), .array(let items)) where index < items.count:
                node = items[index]
                keyLocation = nil
            default: return nil
            }
        }
        return (node, keyLocation)
    }
}
