/// A TOML table: keys in order of first appearance, with O(1) lookup by key.
///
/// Tables with more than `TOMLTable.indexThreshold` keys keep an index dictionary; smaller
/// ones are searched directly, which is faster for a handful of keys.
public struct TOMLTable: Hashable, Sendable {
    /// The entries in order of first appearance; changing them rebuilds the lookup index.
    public var entries: [TOMLEntry] {
        didSet { index = Self.makeIndex(entries) }
    }
    private var index: [String: Int]?

    /// Above this many keys a table keeps an index dictionary.
    static let indexThreshold = 16

    /// Creates a table from entries; when a key repeats, lookup finds the first one.
    public init(entries: [TOMLEntry] = []) {
        self.entries = entries
        self.index = Self.makeIndex(entries)
    }

    private static func makeIndex(_ entries: [TOMLEntry]) -> [String: Int]? {
        guard entries.count > indexThreshold else { return nil }
        var index = [String: Int](minimumCapacity: entries.count)
        for (i, entry) in entries.enumerated() where index[entry.key] == nil {
            index[entry.key] = i
        }
        return index
    }

    init(entries: [TOMLEntry], index: [String: Int]?) {
        self.entries = entries
        self.index = index
    }

    /// The node stored under `key`, if any.
    public subscript(key: String) -> TOMLNode? {
        guard let i = position(of: key) else { return nil }
        return entries[i].node
    }

    /// The entry stored under `key`, if any, with the key's position.
    public func entry(_ key: String) -> TOMLEntry? {
        guard let i = position(of: key) else { return nil }
        return entries[i]
    }

    private func position(of key: String) -> Int? {
        if let index { return index[key] }
        return entries.firstIndex { $0.key == key }
    }

    /// The keys in order of first appearance.
    public var keys: [String] { entries.map(\.key) }

    /// The number of keys.
    public var count: Int { entries.count }

    /// Whether the table has no keys.
    public var isEmpty: Bool { entries.isEmpty }

    /// Adds `entry` at the end, or replaces the value of an existing key in place.
    public mutating func set(_ entry: TOMLEntry) {
        if let i = position(of: entry.key) {
            entries[i] = entry
        } else {
            entries.append(entry)
        }
    }

    public static func == (lhs: TOMLTable, rhs: TOMLTable) -> Bool {
        lhs.entries == rhs.entries
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(entries)
    }
}
