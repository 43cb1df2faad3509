/// Every table and array of tables under construction, addressed by number: the reader
/// changes them in place without reference counting, and builds the finished tree at the end.
struct TableArena {
    /// The tables; number 0 is the document's root.
    private(set) var tables: [TableBuilder]
    /// The arrays of tables.
    private(set) var arrays: [TableArrayBuilder] = []

    /// An arena holding only the root table.
    init() {
        tables = [TableBuilder(origin: .header, location: .start)]
        tables.reserveCapacity(64)
    }

    /// The number of the root table.
    static let root = 0

    /// The table with number `table`, to read or change in place.
    subscript(table: Int) -> TableBuilder {
        _read { yield tables[table] }
        _modify { yield &tables[table] }
    }

    /// The position of the key named by `part` in the table numbered `table`, if it is there;
    /// reads the table in place (`self[table].position(of:)` may copy it).
    @inline(__always) func position(of part: KeyPart, in table: Int) -> Int? {
        tables.withUnsafeBufferPointer { $0[table].position(of: part) }
    }

    /// What the key named by `part` holds in the table numbered `table`, if it is there; reads
    /// the table in place.
    @inline(__always) func entry(_ part: KeyPart, in table: Int) -> TableBuilder.Found? {
        tables.withUnsafeBufferPointer { $0[table].entry(part) }
    }

    /// Adds an empty table and returns its number.
    mutating func newTable(origin: TableBuilder.Origin, location: SourceLocation) -> Int {
        tables.append(TableBuilder(origin: origin, location: location))
        return tables.count - 1
    }

    /// Adds an empty table for a `[section]` and returns its number: room for sixteen keys
    /// at once, as a section usually has more than the four an inline table starts with.
    mutating func newSection(location: SourceLocation) -> Int {
        var table = TableBuilder(origin: .header, location: location)
        table.entries.reserveCapacity(TOMLTable.indexThreshold)
        tables.append(table)
        return tables.count - 1
    }

    /// Adds an array of tables holding one new table; returns the array's number.
    mutating func newArray(location: SourceLocation, first table: Int) -> Int {
        arrays.append(TableArrayBuilder(location: location, tables: [table]))
        return arrays.count - 1
    }

    /// Appends `table` to the array of tables numbered `array`.
    mutating func append(_ table: Int, toArray array: Int) {
        arrays[array].tables.append(table)
    }

    /// The last table of the array of tables numbered `array`.
    func lastTable(ofArray array: Int) -> Int {
        arrays[array].tables[arrays[array].tables.count - 1]
    }

    /// Where the array of tables numbered `array` was first written.
    func location(ofArray array: Int) -> SourceLocation {
        arrays[array].location
    }

    /// How many tables and arrays exist, to forget those made after this point later.
    var mark: (tables: Int, arrays: Int) { (tables.count, arrays.count) }

    /// Forgets the tables and arrays made after `mark`; only for those nothing else refers to,
    /// such as the insides of a finished inline table.
    mutating func forget(after mark: (tables: Int, arrays: Int)) {
        tables.removeSubrange(mark.tables...)
        arrays.removeSubrange(mark.arrays...)
    }

    /// The finished, immutable table numbered `table`; its entries are moved out, so a table
    /// is built only once.
    mutating func build(_ table: Int) -> TOMLTable {
        var entries: [TOMLEntry] = []
        swap(&entries, &tables[table].entries)
        for (position, nested) in tables[table].nested {
            switch nested {
            case .table(let child):
                let built = build(child)
                entries[position].node = TOMLNode(
                    value: .table(built), location: tables[child].location)
            case .tableArray(let array):
                let nodes = arrays[array].tables.map {
                    TOMLNode(value: .table(build($0)), location: tables[$0].location)
                }
                entries[position].node = TOMLNode(
                    value: .array(nodes), location: arrays[array].location)
            }
        }
        return TOMLTable(entries: entries, index: tables[table].index)
    }
}
