/// The known keys of one kind of table in a game file.
public struct FormatTable: Sendable {
    /// Its keys, in the order the format reference lists them.
    public let keys: [FormatKey]

    /// A table with `keys`.
    init(_ keys: [FormatKey]) {
        self.keys = keys
    }

    /// The known keys of every table, by the table's path as `TableReader.path` writes it
    /// (joined with `.`: `roles.*.goals.[]`); tables of free names are left out.
    public func keysByPath(from path: [String] = []) -> [String: Set<String>] {
        var result = [path.joined(separator: "."): Set(keys.map(\.name))]
        for key in keys {
            for (inner, names) in key.value.tablesByPath(from: path + [key.name]) {
                result[inner, default: []].formUnion(names)
            }
        }
        return result
    }
}

extension FormatValue {
    /// The tables with known keys inside a value at `path`, by path.
    func tablesByPath(from path: [String]) -> [String: Set<String>] {
        switch self {
        case .table(let table): table.keysByPath(from: path)
        case .tables(let table): table.keysByPath(from: path + ["[]"])
        case .named(let table): table.keysByPath(from: path + ["*"])
        case .map(let value): value.tablesByPath(from: path + ["*"])
        case .list(let value), .oneOrList(let value): value.tablesByPath(from: path + ["[]"])
        case .either(let values):
            values.reduce(into: [:]) { result, value in
                result.merge(value.tablesByPath(from: path)) { $0.union($1) }
            }
        default: [:]
        }
    }
}
