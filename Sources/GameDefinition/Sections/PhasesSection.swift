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
        let dilemmas = root.table["dilemmas"]?.value.tableValue?.keys.isEmpty == false
        if dilemmas, !phases.isEmpty, !phases.contains(where: { $0.kind == .decision }) {
            root.sink.error(
                DiagnosticID.missingPhase,
                "the phases have no `decision` phase, so the game's dilemmas are never decided",
                at: root.keyLocation("phases"),
                suggestion: "add `{ id = \"besluit\" }` to `phases`, after the planning phase")
        }
        for needed in [PhaseSpec.Kind.planning, .review]
        where !phases.contains(where: { $0.kind == needed }) {
            root.sink.error(
                DiagnosticID.missingPhase,
                "the phases have no `\(needed.rawValue)` phase; every round needs one",
                at: root.keyLocation("phases"),
                suggestion: "add `[[phases]]` with `kind = \"\(needed.rawValue)\"`")
        }
        return phases
    }

    private static let kinds: KeyValuePairs<String, PhaseSpec.Kind> = [
        "news": .news, "planning": .planning, "table": .table, "decision": .decision,
        "execution": .execution, "review": .review,
    ]
}
