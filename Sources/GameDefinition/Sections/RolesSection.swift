import GameRules
import TOML

/// Reads `[roles.ID]`: name, brief, budget, income, the project kinds it may own and the
/// private goals.
enum RolesSection {
    /// The role ids in file order, read before anything else: the same roles, in the same
    /// order, as `read` gives, so a role's index is the same in both.
    static func ids(_ root: TableReader) -> [Located<String>] {
        guard let node = root.table.entry("roles"), case .table(let roles) = node.node.value else {
            return []
        }
        return roles.entries.compactMap { entry in
            guard case .table = entry.node.value else { return nil }
            return Located(entry.key, entry.keyLocation)
        }
    }

    /// The roles, with their goals compiled against `context`.
    static func read(_ root: TableReader, context: DefinitionContext) -> [RoleSpec] {
        let named = root.namedTables("roles")
        if named.count < 2 || named.count > 8 {
            context.sink.error(
                DiagnosticID.roleCount,
                "a game needs 2 to 8 roles, but this one has \(named.count)",
                at: root.has("roles") ? root.keyLocation("roles") : root.location,
                suggestion: named.count < 2 ? "add a role with `[roles.id]`" : "remove some roles")
        }
        return named.map { id, reader in
            var role = RoleSpec(
                id: id.value, name: reader.playerText("name") ?? id.value, budget: 0)
            role.brief = reader.text("brief", required: true, what: "role `\(id.value)`")
            // An unreadable budget counts as unlimited so that no affordability warning follows it.
            role.budget = reader.nonNegative("budget") ?? (reader.has("budget") ? .infinity : 0)
            role.income = reader.nonNegative("income") ?? 0
            if let kinds = reader.strings("kinds") {
                let names = ProjectSpec.Kind.allCases.map(\.rawValue)
                role.kinds = context.resolveAll(kinds, among: names, kind: "project kind").map {
                    ProjectSpec.Kind.allCases[$0]
                }
            }
            role.earmark = EarmarkReader.read(reader, role: role, context: context)
            let goalReaders = reader.tables("goals")
            role.goals = GoalsSection.read(goalReaders, prefix: "\(id.value)_", context: context)
            if goalReaders.isEmpty, !scoresByEffect(id.value, context.source) {
                context.sink.warning(
                    DiagnosticID.noGoals, "role `\(id.value)` has no goals, so it can never score",
                    at: id.location,
                    suggestion:
                        "add a goal with `[[roles.\(id.value).goals]]`, or give it points with an effect `score(\(id.value)) += 1`"
                )
            }
            reader.finish()
            return role
        }
    }

    /// Whether some effect may give `role` points: the file writes `score(role)`, or
    /// `score(self)` in an option.
    private static func scoresByEffect(_ role: String, _ source: String) -> Bool {
        ["score(\(role))", "score(self)", "score(chooser)"].contains { source.contains($0) }
    }
}
