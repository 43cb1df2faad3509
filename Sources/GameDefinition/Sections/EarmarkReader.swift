import GameRules

/// Reads a role's `earmark` and `earmark_kind`: money each year for one kind of project.
enum EarmarkReader {
    /// The role's earmark, or nil when it has none (or the keys are broken).
    static func read(_ reader: TableReader, role: RoleSpec, context: DefinitionContext)
        -> EarmarkSpec?
    {
        let amount = reader.nonNegative("earmark")
        let kind = reader.choice("earmark_kind", ProjectsSection.kinds)
        let lastRound = context.roundInGame(reader, "earmark_until")
        guard let amount, amount > 0 else {
            for key in ["earmark_kind", "earmark_until"]
            where reader.has(key) && !reader.has("earmark") {
                context.sink.warning(
                    DiagnosticID.unusedKey,
                    "`\(key)` of role `\(role.id)` does nothing without `earmark`",
                    at: reader.keyLocation(key),
                    suggestion: "add `earmark = ...`, the money earmarked each year")
            }
            return nil
        }
        guard let kind else {
            if !reader.has("earmark_kind") {
                context.sink.error(
                    DiagnosticID.missingKey,
                    "role `\(role.id)` has `earmark` but no `earmark_kind`",
                    at: reader.keyLocation("earmark"),
                    suggestion: "add `earmark_kind = \"beheer\"` (or another kind of project)")
            }
            return nil
        }
        if !role.kinds.contains(kind) {
            context.sink.warning(
                DiagnosticID.earmarkNotOwned,
                "role `\(role.id)` may not own a project of kind `\(kind.rawValue)`, so it can spend its earmark only as a partner",
                at: reader.valueLocation("earmark_kind"),
                suggestion:
                    "add `\(kind.rawValue)` to `kinds` of role `\(role.id)`, or earmark another kind"
            )
        }
        return EarmarkSpec(
            kind: kind, amount: amount, lastRound: lastRound)
    }
}
