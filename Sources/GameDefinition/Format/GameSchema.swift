/// The JSON Schema of the game definition format, made from `GameFormat`, for editors that
/// check and complete TOML with a schema (Taplo, Even Better TOML).
public enum GameSchema {
    /// The schema as JSON text, ending with a newline.
    public static func text() -> String {
        document.text() + "\n"
    }

    /// The whole schema.
    static var document: SchemaJSON {
        var members: [(String, SchemaJSON)] = [
            ("$schema", .string("http://json-schema.org/draft-04/schema#")),
            ("title", .string("Wijkspel game definition")),
            (
                "description",
                .string(
                    "A game for wijkspel: roles, districts, projects, dilemmas and events. Reference: docs/game-format.md."
                )
            ),
        ]
        if case .object(let table) = schema(GameFormat.root) { members += table }
        return .object(members)
    }

    /// An object with `table`'s keys, their summaries, its required keys, and no others.
    static func schema(_ table: FormatTable) -> SchemaJSON {
        var members: [(String, SchemaJSON)] = [("type", .string("object"))]
        members.append(
            (
                "properties",
                .object(
                    table.keys.map { key in
                        (key.name, described(schema(key.value), key.summary))
                    })
            ))
        let required = table.keys.filter(\.required).map { SchemaJSON.string($0.name) }
        if !required.isEmpty { members.append(("required", .array(required))) }
        members.append(("additionalProperties", .boolean(false)))
        return .object(members)
    }

    /// The schema of one shape of value.
    static func schema(_ value: FormatValue) -> SchemaJSON {
        switch value {
        case .text:
            let byLanguage = FormatTable(
                ["nl", "en"].map { FormatKey($0, .word, "The text in this language.") })
            return schema(.either([.word, .table(byLanguage)]))
        case .word, .condition, .expression: return .object([("type", .string("string"))])
        case .choice(let words): return .object([("enum", .array(words.map(SchemaJSON.string)))])
        case .effects:
            return schema(.oneOrList(.word))
        case .integer(let range):
            return bounded("integer", range.map { (Double($0.lowerBound), Double($0.upperBound)) })
        case .number(let range):
            return bounded("number", range.map { ($0.lowerBound, $0.upperBound) })
        case .boolean: return .object([("type", .string("boolean"))])
        case .list(let item):
            return .object([("type", .string("array")), ("items", schema(item))])
        case .oneOrList(let item):
            return .object([("anyOf", .array([schema(item), schema(.list(item))]))])
        case .table(let table): return schema(table)
        case .tables(let table):
            return .object([("type", .string("array")), ("items", schema(table))])
        case .named(let table):
            return .object([("type", .string("object")), ("additionalProperties", schema(table))])
        case .map(let item):
            return .object([("type", .string("object")), ("additionalProperties", schema(item))])
        case .either(let values):
            return .object([("anyOf", .array(values.map(schema)))])
        }
    }

    /// A number type with the bounds that say something (not the largest numbers there are).
    private static func bounded(_ type: String, _ range: (Double, Double)?) -> SchemaJSON {
        var members: [(String, SchemaJSON)] = [("type", .string(type))]
        if let (low, high) = range {
            if low > -1e300, low > Double(Int.min) { members.append(("minimum", .number(low))) }
            if high < 1e300, high < Double(Int.max) { members.append(("maximum", .number(high))) }
        }
        return .object(members)
    }

    /// `schema` with a description first.
    private static func described(_ schema: SchemaJSON, _ summary: String) -> SchemaJSON {
        guard case .object(let members) = schema else { return schema }
        return .object([("description", .string(summary))] + members)
    }
}
