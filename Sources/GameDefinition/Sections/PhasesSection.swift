import GameRules
import TOML

/// Reads `[[phases]]`: the phases of every round, in order; the standard six by default.
enum PhasesSection {
    /// The phases, or `PhaseSpec.standard` when the file names none.
    static func read(_ root: TableReader) -> [PhaseSpec] {
        guard root.has("phases") else { return PhaseSpec.standard }
        var seen: Set<String> = []
        let phases: [PhaseSpec] = root.tables("phases").compactMap { reader in
            let id = reader.string("id")
            let standard = PhaseSpec.standard.first { $0.id == id }
            let kind = reader.choice("kind", kinds) ?? (reader.has("kind") ? nil : standard?.kind)
            let name = reader.playerText("name") ?? id ?? ""
            let secret = reader.bool("secret") ?? standard?.secret ?? (kind == .planning)
            if !reader.has("id") { reader.missing("id", what: "a phase", example: "\"plannen\"") }
            if !reader.has("kind"), id != nil, standard == nil {
                reader.missing("kind", what: "phase `\(id ?? "")`", example: "\"planning\"")
            }
            reader.finish()
            guard let id, let kind else { return nil }
            if !seen.insert(id).inserted {
                root.sink.error(
                    DiagnosticID.duplicateID, "there are two phases with id `\(id)`",
                    at: reader.valueLocation("id"))
            }
            return PhaseSpec(id: id, name: name, kind: kind, secret: secret)
        }
        for needed in [PhaseSpec.Kind.planning, .review]
        where !phases.contains(where: { $0.kind == needed }) {
            root.sink.error(
                DiagnosticID.missingPhase,
                "the phases have no `\(needed.rawValue)` phase; every round needs one",
                at: root.keyLocation("phases"),
                suggestion: "add `[[phases]]` with `kind = \"\(needed.rawValue)\"`")
        }
        checkDecision(phases, root)
        return phases
    }

    /// Without a decision phase, dilemmas are never decided (an error) and proposals never
    /// settled (a warning when the game has couplings, joint projects or funds).
    private static func checkDecision(_ phases: [PhaseSpec], _ root: TableReader) {
        guard !phases.isEmpty, !phases.contains(where: { $0.kind == .decision }) else { return }
        let table = root.table
        let suggestion = "add `{ id = \"besluit\" }` to `phases`, after the planning phase"
        if table["dilemmas"]?.value.tableValue?.keys.isEmpty == false {
            root.sink.error(
                DiagnosticID.missingPhase,
                "the phases have no `decision` phase, so the game's dilemmas are never decided",
                at: root.keyLocation("phases"), suggestion: suggestion)
            return
        }
        let projects = table["projects"]?.value.tableValue
        let joint = (projects?.keys ?? []).contains {
            projects?[$0]?.value.tableValue?["partners"] != nil
        }
        let couplings = table["couplings"]?.value.arrayValue?.isEmpty == false
        let funds = table["funds"]?.value.tableValue?.keys.isEmpty == false
        guard joint || couplings || funds else { return }
        root.sink.warning(
            DiagnosticID.missingPhase,
            "the phases have no `decision` phase, so proposals (couplings, joint projects, fund "
                + "spending, form changes) are never settled",
            at: root.keyLocation("phases"), suggestion: suggestion)
    }

    private static let kinds: KeyValuePairs<String, PhaseSpec.Kind> = [
        "news": .news, "planning": .planning, "table": .table, "decision": .decision,
        "execution": .execution, "review": .review,
    ]
}
