import GameRules
import TOML

/// Reads `[forms.ID]`: the collaboration forms and what each one changes.
enum FormsSection {
    /// The forms in file order, or the single default form when the file names none.
    static func read(_ root: TableReader) -> [FormSpec] {
        guard root.has("forms") else { return [FormSpec.solo] }
        let forms = root.namedTables("forms").map { id, reader in
            var form = FormSpec(id: id.value, name: reader.string("name") ?? id.value)
            form.text = reader.string("text") ?? ""
            form.visibility = reader.choice("visibility", visibilities) ?? .shared
            form.horizon = reader.count("horizon") ?? 0
            form.decision = reader.choice("decision", decisions) ?? .alone
            form.couplingBonus = reader.nonNegative("coupling_bonus") ?? 0
            form.coordinatorCost =
                reader.nonNegative("coordinator_cost", id: DiagnosticID.negativeCost) ?? 0
            form.minGroupTrust = reader.number("min_trust", in: 0...100) ?? 0
            reader.finish()
            return form
        }
        if forms.isEmpty {
            root.sink.error(
                DiagnosticID.missingKey, "`forms` is empty", at: root.keyLocation("forms"),
                suggestion: "add a form with `[forms.cooperatie]` or leave `forms` out")
        }
        return forms
    }

    private static let visibilities: KeyValuePairs<String, FormSpec.Visibility> = [
        "shared": .shared, "horizon": .horizon, "all": .all,
    ]

    private static let decisions: KeyValuePairs<String, FormSpec.DecisionRule> = [
        "alone": .alone, "coordinator": .coordinator, "vote": .vote,
    ]
}
