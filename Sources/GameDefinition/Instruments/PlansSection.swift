import GameRules

/// Reads `[plans]`: how many years before its start a plan is fixed (*vastgesteld*), and
/// what coupling a fixed plan then costs.
enum PlansSection {
    /// The rule, or nil when the game's plans never become fixed.
    static func read(_ root: TableReader, rounds: Int, couplings: Int, context: DefinitionContext)
        -> PlanFixingSpec?
    {
        guard let reader = root.table("plans") else { return nil }
        let before = reader.count("fixed_before")
        let surcharge = reader.nonNegative("late_coupling_surcharge", id: DiagnosticID.negativeCost)
        reader.finish()
        guard let before, before > 0 else {
            if !reader.has("fixed_before") {
                context.sink.warning(
                    DiagnosticID.missingKey, "`[plans]` fixes no plan without `fixed_before`",
                    at: reader.location,
                    suggestion: "add `fixed_before = 1` (a plan is fixed the year before it starts)"
                )
            } else if before == 0, reader.has("late_coupling_surcharge") {
                context.sink.warning(
                    DiagnosticID.unusedKey,
                    "`late_coupling_surcharge` does nothing while `fixed_before` is 0",
                    at: reader.keyLocation("late_coupling_surcharge"),
                    suggestion: "make `fixed_before` 1 or more, or leave `[plans]` out")
            }
            return nil
        }
        if before >= rounds {
            context.sink.warning(
                DiagnosticID.fixedBeforeLong,
                "`fixed_before` is \(before), but the game has only \(rounds) years: every plan is fixed at the review of the year it is made",
                at: reader.valueLocation("fixed_before"),
                suggestion: "use fewer years than the game has, such as 1 or 2")
        }
        if let surcharge, surcharge > 0, couplings == 0 {
            context.sink.warning(
                DiagnosticID.unusedKey,
                "`late_coupling_surcharge` does nothing in a game without `[[couplings]]`",
                at: reader.keyLocation("late_coupling_surcharge"),
                suggestion: "declare the coupling chances, or leave the surcharge out")
        }
        return PlanFixingSpec(fixedBefore: before, lateCouplingSurcharge: surcharge ?? 0)
    }
}
