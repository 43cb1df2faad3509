/// A table while it is being read: mutable, remembering how it was created so the
/// redefinition rules of TOML can be checked. Its entries are already the finished ones;
/// a key that holds a table still being read points into the parser's `TableArena`.
struct TableBuilder {
    /// How a table came to exist.
    enum Origin {
        /// Created on the way to a deeper header, such as `a` for `[a.b]`; may be defined later.
        case implicit
        /// Defined by its own `[header]` or as an element of `[[header]]`.
        case header
        /// Created by a dotted key such as `a.b = 1`.
        case dotted
    }

    /// A value still being read: a table or an array of tables, by its number in the arena.
    enum Nested {
        /// A table.
        case table(Int)
        /// An array of tables (`[[name]]`).
        case tableArray(Int)
    }

    /// What a key of a table under construction holds.
    enum Slot {
        /// A finished value (an inline table or list included).
        case value(TOMLNode)
        /// A table under construction, by its number in the arena.
        case table(Int)
        /// An array of tables under construction, by its number in the arena.
        case tableArray(Int)
    }

    /// A key found in the table: where it is written and what it holds.
    struct Found {
        var keyLocation: SourceLocation
        var slot: Slot
    }

    var origin: Origin
    var location: SourceLocation
    /// The keys in order; the node of a nested key is a placeholder until it is built.
    var entries: [TOMLEntry] = []
    /// The fingerprints of the keys of `entries` (their high 32 bits), in the same order, while
    /// there is no `index` (up to `TOMLTable.indexThreshold` keys): kept inline to save an
    /// allocation.
    private var fingerprints = SIMD16<UInt32>()
    /// The positions in `entries` that hold a table or array of tables still being read.
    var nested: [Int: Nested] = [:]
    /// Built once the table has more than `TOMLTable.indexThreshold` keys.
    var index: [String: Int]?

    init(origin: Origin, location: SourceLocation) {
        self.origin = origin
        self.location = location
    }

    /// The position of the key named by `part` in `entries`, if it is there.
    @inline(__always) func position(of part: KeyPart) -> Int? {
        if let index { return index[part.name] }
        // Only a key with the same fingerprint can be the same key. Without an index there
        // are at most `TOMLTable.indexThreshold` (16) keys, all with their fingerprint.
        let wanted = Self.shortFingerprint(part)
        var i = 0
        while i < entries.count {
            if fingerprints[i] == wanted && entries[i].key == part.name { return i }
            i += 1
        }
        return nil
    }

    /// The high half of the fingerprint of `part`, which depends on all of its bytes.
    @inline(__always) private static func shortFingerprint(_ part: KeyPart) -> UInt32 {
        UInt32(truncatingIfNeeded: part.fingerprint >> 32)
    }

    /// What the key named by `part` holds, if it is there.
    @inline(__always) func entry(_ part: KeyPart) -> Found? {
        guard let i = position(of: part) else { return nil }
        return found(at: i)
    }

    /// What the key at position `i` of `entries` holds.
    func found(at i: Int) -> Found {
        let keyLocation = entries[i].keyLocation
        switch nested.isEmpty ? nil : nested[i] {
        case .table(let table): return Found(keyLocation: keyLocation, slot: .table(table))
        case .tableArray(let array):
            return Found(keyLocation: keyLocation, slot: .tableArray(array))
        case nil: return Found(keyLocation: keyLocation, slot: .value(entries[i].node))
        }
    }

    /// Adds the key named by `part` with a finished value; the caller has checked that it
    /// is not there yet.
    mutating func add(_ part: consuming KeyPart, _ node: consuming TOMLNode) {
        if entries.count == entries.capacity {
            // A section's table usually grows past four keys; four to sixteen saves a copy.
            let capacity = entries.isEmpty ? 4 : max(16, 2 * entries.count)
            entries.reserveCapacity(capacity)
        }
        if entries.count < fingerprints.scalarCount {
            fingerprints[entries.count] = Self.shortFingerprint(part)
        }
        let key = part.name
        if index != nil {
            index![copy key] = entries.count
        } else if entries.count == TOMLTable.indexThreshold {
            var built = [String: Int](minimumCapacity: 2 * entries.count)
            for (i, entry) in entries.enumerated() { built[entry.key] = i }
            built[copy key] = entries.count
            index = built
        }
        entries.append(TOMLEntry(key: key, keyLocation: part.location, node: node))
    }

    /// Adds a new key holding a table or array of tables still being read; its node is
    /// made when the arena builds this table.
    mutating func add(_ part: KeyPart, _ value: Nested) {
        nested[entries.count] = value
        add(part, TOMLNode(value: .table(TOMLTable()), location: .start))
    }
}
