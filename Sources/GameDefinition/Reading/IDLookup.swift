/// Finds a name's place in a list of ids: a short list by a search, a long one through a
/// table of places made the first time that list is searched.
///
/// Sections resolve every project's district, owner and partners among lists of thousands
/// of ids in a large game; searching each list for each name made reading it quadratic.
struct IDLookup {
    /// Lists shorter than this are searched: a table costs more than it saves.
    static let shortList = 64

    /// The tables made so far, by the address of the list's storage. Each keeps its list, so
    /// that storage is not freed and its address not reused while the table is here: the
    /// same address is then the same list.
    private var tables: [UnsafeRawPointer: (ids: [String], places: [String: Int])] = [:]

    /// The place of the first `name` in `ids`, if it is there.
    mutating func place(of name: String, among ids: [String]) -> Int? {
        guard ids.count >= Self.shortList,
            let address = ids.withUnsafeBufferPointer({ $0.baseAddress.map(UnsafeRawPointer.init) })
        else { return ids.firstIndex(of: name) }
        if let table = tables[address] { return table.places[name] }
        let places = Self.firstPlaces(of: ids)
        tables[address] = (ids, places)
        return places[name]
    }

    /// Each id's first place in `ids`.
    static func firstPlaces(of ids: [String]) -> [String: Int] {
        Dictionary(ids.indices.map { (ids[$0], $0) }, uniquingKeysWith: { first, _ in first })
    }
}
