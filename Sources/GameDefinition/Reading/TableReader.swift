import GameRules
import TOML

/// Reads the keys of one TOML table with type checks, and reports the keys nobody asked for.
///
/// Every key a section asks for (present or not) counts as known; `finish()` reports the
/// others as unknown with the closest known key as a suggestion.
final class TableReader {
    /// The table being read.
    let table: TOMLTable
    /// Where the table starts (its header, or its opening brace).
    let location: SourceLocation
    /// Where diagnostics go.
    let sink: DiagnosticSink
    /// Where the table sits in the format: keys from the root, `[]` for an item of an array
    /// of tables and `*` for any name (`["roles", "*", "goals", "[]"]`).
    let path: [String]
    /// The languages of the player texts, passed on to the readers of sub-tables.
    var languages = TextLanguages()
    // Unchecked: a reader serves one file on one thread, and no access to `asked` calls
    // out while it holds it; each checked access cost as much as the search it guarded.
    @exclusivity(unchecked) private var asked: [String] = []
    /// `path` joined with dots, as the sink notes asked keys by it (joined once per table).
    private lazy var dottedPath = path.joined(separator: ".")

    /// Creates a reader for `table`, found at `location`, at `path` in the format.
    init(
        _ table: TOMLTable, at location: SourceLocation, sink: DiagnosticSink, path: [String] = [],
        languages: TextLanguages = TextLanguages()
    ) {
        self.table = table
        self.location = location
        self.sink = sink
        self.path = path
        self.languages = languages
    }

    /// The node under `key`, marking the key as known.
    func node(_ key: String) -> TOMLNode? {
        if !asked.contains(key) {
            asked.append(key)
            sink.noteAsked(key, at: dottedPath)
        }
        return table[key]
    }

    /// Where `key` is written, or the table's start when it is absent.
    func keyLocation(_ key: String) -> SourceLocation {
        table.entry(key)?.keyLocation ?? location
    }

    /// Where the value of `key` starts, or the table's start when it is absent.
    func valueLocation(_ key: String) -> SourceLocation {
        table[key]?.location ?? location
    }

    /// Whether `key` is present.
    func has(_ key: String) -> Bool {
        node(key) != nil
    }

    /// Reports a value of the wrong kind.
    func wrongType(_ key: String, _ node: TOMLNode, expected: String) {
        sink.error(
            DiagnosticID.wrongType,
            "`\(key)` must be \(expected), but here it is \(ValueDescription.of(node.value))",
            at: node.location)
    }

    /// The text under `key`, if present and text.
    func string(_ key: String) -> String? {
        guard let node = node(key) else { return nil }
        guard case .string(let text) = node.value else {
            wrongType(key, node, expected: "text")
            return nil
        }
        return text
    }

    /// A text players read, re-flowed (`TextReflow`); reports `def.missing-text` when it is
    /// absent or blank and `required`.
    func text(_ key: String, required: Bool, what: String) -> String {
        let present = has(key)
        let value = playerText(key)
        if required, !present || value.map({ $0.allSatisfy(\.isWhitespace) }) == true {
            sink.error(
                DiagnosticID.missingText, "\(what) has no `\(key)`: players need this text",
                at: present ? valueLocation(key) : location, suggestion: "add `\(key) = \"...\"`")
        }
        return value ?? ""
    }

    /// Reports a required key that is absent.
    func missing(_ key: String, what: String, example: String) {
        sink.error(
            DiagnosticID.missingKey, "\(what) has no `\(key)`", at: location,
            suggestion: "add `\(key) = \(example)`")
    }

    /// The number under `key`, if present and a number (whole or decimal).
    func number(_ key: String) -> Double? {
        guard let node = node(key) else { return nil }
        guard let value = node.value.doubleValue else {
            wrongType(key, node, expected: "a number")
            return nil
        }
        guard value.isFinite else {
            sink.error(
                DiagnosticID.outOfRange, "`\(key)` must be a finite number", at: node.location)
            return nil
        }
        return value
    }

    /// A number that may not be negative; reports `id` when it is.
    func nonNegative(_ key: String, id: String = DiagnosticID.negativeValue) -> Double? {
        guard let value = number(key) else { return nil }
        guard value >= 0 else {
            sink.error(
                id, "`\(key)` cannot be negative, but here it is \(ValueDescription.number(value))",
                at: valueLocation(key))
            return nil
        }
        return value
    }

    /// A number that must lie in `range`; reports `id` when it does not.
    func number(_ key: String, in range: ClosedRange<Double>, id: String = DiagnosticID.outOfRange)
        -> Double?
    {
        guard let value = number(key) else { return nil }
        guard range.contains(value) else {
            sink.error(
                id,
                "`\(key)` must be between \(ValueDescription.number(range.lowerBound)) and "
                    + "\(ValueDescription.number(range.upperBound)), but here it is "
                    + ValueDescription.number(value),
                at: valueLocation(key))
            return nil
        }
        return value
    }

    /// The largest size of a whole number in a game file; larger ones are reported, so that
    /// no later sum of years, rounds or slots can overflow.
    static let wholeNumberLimit = 1_000_000_000

    /// The whole number under `key`, if present; a decimal with no fraction is accepted.
    /// A number beyond `wholeNumberLimit` either way is reported as `def.out-of-range`.
    func integer(_ key: String) -> Int? {
        guard let node = node(key) else { return nil }
        guard let whole = Self.integer(node.value) else {
            wrongType(key, node, expected: "a whole number")
            return nil
        }
        guard (-Self.wholeNumberLimit...Self.wholeNumberLimit).contains(whole) else {
            sink.error(
                DiagnosticID.outOfRange,
                "`\(key)` is \(whole), far out of range: whole numbers in a game lie between "
                    + "-\(Self.wholeNumberLimit) and \(Self.wholeNumberLimit)",
                at: node.location,
                suggestion: "write a year, a count or an amount of a sensible size")
            return nil
        }
        return whole
    }

    /// The whole number under `key` before any check of its size, for keys with their own range.
    func rawInteger(_ key: String) -> Located<Int>? {
        guard let node = node(key) else { return nil }
        guard let whole = Self.integer(node.value) else {
            wrongType(key, node, expected: "a whole number")
            return nil
        }
        return Located(whole, node.location)
    }

    /// A whole number that may not be negative.
    func count(_ key: String) -> Int? {
        guard let value = integer(key) else { return nil }
        guard value >= 0 else {
            sink.error(
                DiagnosticID.negativeValue, "`\(key)` cannot be negative, but here it is \(value)",
                at: valueLocation(key))
            return nil
        }
        return value
    }

    /// The truth value under `key`, if present.
    func bool(_ key: String) -> Bool? {
        guard let node = node(key) else { return nil }
        guard case .boolean(let value) = node.value else {
            wrongType(key, node, expected: "`true` or `false`")
            return nil
        }
        return value
    }

    /// Texts under `key`: a list of texts, or one text standing for a list of one.
    func strings(_ key: String) -> [Located<String>]? {
        guard let node = node(key) else { return nil }
        switch node.value {
        case .string(let text):
            return [Located(text, node.location)]
        case .array(let items):
            var result: [Located<String>] = []
            for (index, item) in items.enumerated() {
                guard case .string(let text) = item.value else {
                    sink.error(
                        DiagnosticID.wrongType,
                        "item \(index + 1) of `\(key)` must be text, but here it is "
                            + ValueDescription.of(item.value),
                        at: item.location)
                    continue
                }
                result.append(Located(text, item.location))
            }
            return result
        default:
            wrongType(key, node, expected: "text or a list of texts")
            return nil
        }
    }

    /// The sub-table under `key`, if present and a table.
    func table(_ key: String) -> TableReader? {
        guard let node = node(key) else { return nil }
        guard case .table(let sub) = node.value else {
            wrongType(key, node, expected: "a table")
            return nil
        }
        return TableReader(
            sub, at: node.location, sink: sink, path: path + [key], languages: languages)
    }

    /// The tables under `key`: an array of tables (`[[key]]`) or a list of inline tables.
    func tables(_ key: String) -> [TableReader] {
        guard let node = node(key) else { return [] }
        guard case .array(let items) = node.value else {
            if case .table(let sub) = node.value {
                return [
                    TableReader(
                        sub, at: node.location, sink: sink, path: path + [key, "[]"],
                        languages: languages)
                ]
            }
            wrongType(key, node, expected: "a list of tables (`[[\(key)]]`)")
            return []
        }
        var result: [TableReader] = []
        for (index, item) in items.enumerated() {
            guard case .table(let sub) = item.value else {
                sink.error(
                    DiagnosticID.wrongType,
                    "item \(index + 1) of `\(key)` must be a table, but here it is "
                        + ValueDescription.of(item.value),
                    at: item.location)
                continue
            }
            result.append(
                TableReader(
                    sub, at: item.location, sink: sink, path: path + [key, "[]"],
                    languages: languages))
        }
        return result
    }

    /// The named sub-tables under `key` (`[key.id]`), in file order, each with its id.
    func namedTables(_ key: String) -> [(id: Located<String>, reader: TableReader)] {
        guard let reader = table(key) else { return [] }
        reader.asked = reader.table.keys
        var result: [(id: Located<String>, reader: TableReader)] = []
        for entry in reader.table.entries {
            guard case .table(let sub) = entry.node.value else {
                reader.wrongType(
                    entry.key, entry.node, expected: "a table (`[\(key).\(entry.key)]`)")
                continue
            }
            result.append(
                (
                    Located(entry.key, entry.keyLocation),
                    TableReader(
                        sub, at: entry.node.location, sink: sink, path: path + [key, "*"],
                        languages: languages)
                ))
        }
        return result
    }

    /// Reports every key that no one asked for, suggesting the closest known key.
    func finish() {
        for entry in table.entries where !asked.contains(entry.key) {
            let close = Suggestions.closest(to: entry.key, among: asked)
            sink.error(
                DiagnosticID.unknownKey, "unknown key `\(entry.key)`", at: entry.keyLocation,
                suggestion: close.map { "did you mean `\($0)`?" })
        }
    }

    /// A whole number from an integer or a decimal without fraction.
    static func integer(_ value: TOMLValue) -> Int? {
        switch value {
        case .integer(let whole):
            return Int(exactly: whole)
        case .float(let decimal) where decimal == decimal.rounded() && abs(decimal) < 1e15:
            return Int(decimal)
        default:
            return nil
        }
    }
}
