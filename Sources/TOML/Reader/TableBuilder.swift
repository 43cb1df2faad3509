/// A table while it is being read: mutable, remembering how it was created so the
/// redefinition rules of TOML can be checked.
final class TableBuilder {
    /// How a table came to exist.
    enum Origin {
        /// Created on the way to a deeper header, such as `a` for `[a.b]`; may be defined later.
        case implicit
        /// Defined by its own `[header]` or as an element of `[[header]]`.
        case header
        /// Created by a dotted key such as `a.b = 1`.
        case dotted
    }

    /// What a key of a table under construction holds.
    enum Slot {
        case value(TOMLNode)
        case table(TableBuilder)
        case tableArray(TableArrayBuilder)
    }

    /// One key of a table under construction.
    struct Entry {
        var key: String
        var keyLocation: SourceLocation
        var slot: Slot
    }

    var origin: Origin
    var location: SourceLocation
    var entries: [Entry] = []
    /// Built once the table has more than `TOMLTable.indexThreshold` keys.
    var index: [String: Int]?

    init(origin: Origin, location: SourceLocation) {
        self.origin = origin
        self.location = location
        entries.reserveCapacity(TOMLTable.indexThreshold)
    }

    /// The entry for `key`, if any.
    func entry(_ key: String) -> Entry? {
        if let index {
            guard let i = index[key] else { return nil }
            return entries[i]
        }
        for entry in entries where entry.key == key { return entry }
        return nil
    }

    /// Adds a new key; the caller has checked that it is not there yet.
    func add(_ key: String, at keyLocation: SourceLocation, _ slot: Slot) {
        if index != nil {
            index![key] = entries.count
        } else if entries.count == TOMLTable.indexThreshold {
            var built = [String: Int](minimumCapacity: 2 * entries.count)
            for (i, entry) in entries.enumerated() { built[entry.key] = i }
            built[key] = entries.count
            index = built
        }
        entries.append(Entry(key: key, keyLocation: keyLocation, slot: slot))
    }

    /// The finished, immutable table.
    func build() -> TOMLTable {
        var out: [TOMLEntry] = []
        out.reserveCapacity(entries.count)
        for entry in entries {
            let node: TOMLNode
            switch entry.slot {
            case .value(let value): node = value
            case .table(let table):
                node = TOMLNode(value: .table(table.build()), location: table.location)
            case .tableArray(let array): node = array.build()
            }
            out.append(TOMLEntry(key: entry.key, keyLocation: entry.keyLocation, node: node))
        }
        return TOMLTable(entries: out, index: index)
    }
}
