import Foundation
import TOML

/// A small JSON Schema checker for the parts of draft-04 that the game schema uses (type,
/// enum, minimum, maximum, properties, required, additionalProperties, items, anyOf), run
/// on a TOML document: what an editor's schema check would say of a game file.
enum SchemaCheck {
    /// The places where `value` breaks `schema`, as `path: problem`; empty when it fits.
    static func problems(_ value: TOMLValue, _ schema: [String: Any], at path: String = "")
        -> [String]
    {
        if let options = schema["anyOf"] as? [[String: Any]] {
            let fits = options.contains { problems(value, $0, at: path).isEmpty }
            return fits ? [] : ["\(path): fits none of \(options.count) shapes"]
        }
        if let words = schema["enum"] as? [String] {
            guard case .string(let word) = value, words.contains(word) else {
                return ["\(path): not one of \(words)"]
            }
            return []
        }
        guard let type = schema["type"] as? String else { return [] }
        switch (type, value) {
        case ("string", .string), ("boolean", .boolean):
            return []
        case ("integer", .integer), ("integer", .float), ("number", .integer), ("number", .float):
            let number = value.doubleValue ?? .nan
            if type == "integer", number != number.rounded() { return ["\(path): not whole"] }
            if let low = schema["minimum"] as? Double, number < low { return ["\(path): below"] }
            if let high = schema["maximum"] as? Double, number > high { return ["\(path): above"] }
            return []
        case ("array", .array(let items)):
            let item = schema["items"] as? [String: Any] ?? [:]
            return items.enumerated().flatMap { problems($1.value, item, at: "\(path)[\($0)]") }
        case ("object", .table(let table)):
            return objectProblems(table, schema, at: path)
        default:
            return ["\(path): not \(type)"]
        }
    }

    /// The problems of a table: missing required keys, unknown keys, and its values.
    private static func objectProblems(_ table: TOMLTable, _ schema: [String: Any], at path: String)
        -> [String]
    {
        let properties = schema["properties"] as? [String: [String: Any]] ?? [:]
        var found: [String] = []
        for key in schema["required"] as? [String] ?? [] where table[key] == nil {
            found.append("\(path).\(key): missing")
        }
        for entry in table.entries {
            let inner = path.isEmpty ? entry.key : "\(path).\(entry.key)"
            if let property = properties[entry.key] {
                found += problems(entry.node.value, property, at: inner)
            } else if let other = schema["additionalProperties"] as? [String: Any] {
                found += problems(entry.node.value, other, at: inner)
            } else if schema["additionalProperties"] as? Bool == false {
                found.append("\(inner): unknown key")
            }
        }
        return found
    }
}
