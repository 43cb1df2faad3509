import GameRules
import TOML

/// Reads `vars = { name = start }` or `name = { start = .., min = .., max = .. }` tables.
enum VariablesSection {
    /// The variables of one `vars` table; district variables are named `district.name`.
    static func read(_ owner: TableReader, district: (index: Int, id: String)?) -> [VariableSpec] {
        guard let vars = owner.table("vars") else { return [] }
        var result: [VariableSpec] = []
        for entry in vars.table.entries {
            _ = vars.node(entry.key)
            if district == nil {
                NameClash.check(
                    Located(entry.key, entry.keyLocation), what: "variable", sink: owner.sink)
            }
            let name = district.map { "\($0.id).\(entry.key)" } ?? entry.key
            var variable = VariableSpec(name: name, district: district?.index, start: 0)
            switch entry.node.value {
            case .integer, .float:
                variable.start = entry.node.value.doubleValue ?? 0
            case .table(let bounds):
                let reader = TableReader(
                    bounds, at: entry.node.location, sink: owner.sink, path: vars.path + ["*"],
                    languages: vars.languages)
                variable.start = reader.number("start") ?? 0
                variable.min = reader.number("min") ?? 0
                variable.max = reader.number("max") ?? 100
                reader.finish()
                if variable.min > variable.max {
                    owner.sink.error(
                        DiagnosticID.outOfRange,
                        "`\(entry.key)` has `min` \(ValueDescription.number(variable.min)) above `max` "
                            + ValueDescription.number(variable.max),
                        at: reader.valueLocation("min"))
                    continue
                }
            default:
                vars.wrongType(
                    entry.key, entry.node,
                    expected: "a number or a table `{ start = .., min = .., max = .. }`")
                continue
            }
            if variable.start < variable.min || variable.start > variable.max {
                owner.sink.error(
                    DiagnosticID.outOfRange,
                    "`\(entry.key)` starts at \(ValueDescription.number(variable.start)), outside its bounds "
                        + "\(ValueDescription.number(variable.min)) to \(ValueDescription.number(variable.max))",
                    at: entry.node.location,
                    suggestion: "give it `min` and `max`: `{ start = .., min = .., max = .. }`")
            }
            result.append(variable)
        }
        vars.finish()
        return result
    }
}
