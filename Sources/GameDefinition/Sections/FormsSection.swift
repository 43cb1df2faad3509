import GameRules
import TOML

/// Reads `[forms.ID]`: the collaboration forms and what each one changes.
enum FormsSection {
    /// The forms in file order, or the single default form when the file names none.
    static func read(_ root: TableReader) -> [FormSpec] {
        guard root.has("forms") else { return [FormSpec.solo] }
        let forms = root.namedTables("forms").map { id, reader in
            var form = FormSpec(id: id.value, name: reader.playerText("name") ?? id.value)
            form.text = reader.playerText("text") ?? ""
            let visibility = reader.choice("visibility", visibilities)
            let horizon = reader.count("horizon")
            form.visibility = visibility ?? .shared
            form.horizon = horizon ?? 0
            if reader.has("visibility") == (visibility != nil) {
                checkHorizon(form, horizon, reader, sink: root.sink)
            }
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

    /// `horizon` is needed, and at least 1, exactly when plans are seen within a horizon.
    private static func checkHorizon(
        _ form: FormSpec, _ horizon: Int?, _ reader: TableReader, sink: DiagnosticSink
    ) {
        let what = "form `\(form.id)`"
        switch (form.visibility, reader.has("horizon")) {
        case (.horizon, false):
            sink.error(
                DiagnosticID.missingKey,
                "\(what) has `visibility = \"horizon\"` but no `horizon`, so nobody would see any plan",
                at: reader.valueLocation("visibility"),
                suggestion: "add `horizon = 2` (rounds ahead that plans are visible)")
        case (.horizon, true) where horizon == 0:
            sink.error(
                DiagnosticID.outOfRange,
                "`horizon` of \(what) must be at least 1 with `visibility = \"horizon\"`, but here it is \(form.horizon)",
                at: reader.valueLocation("horizon"),
                suggestion: "use `horizon = 1` or more, or `visibility = \"shared\"`")
        case (.shared, true), (.all, true):
            sink.warning(
                DiagnosticID.unusedKey,
                "`horizon` of \(what) is never used: it counts only with `visibility = \"horizon\"`",
                at: reader.keyLocation("horizon"),
                suggestion: "write `visibility = \"horizon\"`, or leave `horizon` out")
        default: break
        }
    }

    private static let visibilities: KeyValuePairs<String, FormSpec.Visibility> = [
        "shared": .shared, "horizon": .horizon, "all": .all,
    ]

    private static let decisions: KeyValuePairs<String, FormSpec.DecisionRule> = [
        "alone": .alone, "coordinator": .coordinator, "vote": .vote,
    ]
}
