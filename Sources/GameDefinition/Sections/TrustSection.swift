import GameRules
import TOML

/// Reads `[trust]`: start values, drift and the size of every change.
enum TrustSection {
    /// The trust rules; absent keys keep their defaults.
    static func read(_ root: TableReader, context: DefinitionContext) -> TrustSpec {
        var trust = TrustSpec()
        guard let reader = root.table("trust") else { return trust }
        let scale = 0.0...100.0
        trust.initial = reader.number("initial", in: scale) ?? trust.initial
        trust.base = reader.number("base", in: scale) ?? trust.base
        trust.drift = reader.nonNegative("drift") ?? trust.drift
        trust.sharePlans = reader.number("share_plans") ?? trust.sharePlans
        trust.keepCommitment = reader.number("keep_commitment") ?? trust.keepCommitment
        trust.breakCommitment = reader.number("break_commitment") ?? trust.breakCommitment
        trust.jointWork = reader.number("joint_work") ?? trust.jointWork
        trust.graafrustBreach = reader.number("graafrust_breach") ?? trust.graafrustBreach
        trust.refusal = reader.number("refusal") ?? trust.refusal
        trust.couplingThreshold =
            reader.number("coupling_threshold", in: scale) ?? trust.couplingThreshold
        trust.transactionThreshold =
            reader.number("transaction_threshold", in: scale) ?? trust.transactionThreshold
        trust.transactionCost = reader.nonNegative("transaction_cost") ?? trust.transactionCost
        readAcquaintance(reader, into: &trust)
        trust.start = reader.tables("start").compactMap { pair(from: $0, context: context) }
        reader.finish()
        return trust
    }

    /// One `{ from = "a", to = "b", value = 30 }` entry of `start`.
    private static func pair(from reader: TableReader, context: DefinitionContext) -> TrustPair? {
        let roles = context.scope.roles
        let from = reader.string("from").flatMap {
            context.resolve(Located($0, reader.valueLocation("from")), among: roles, kind: "role")
        }
        let to = reader.string("to").flatMap {
            context.resolve(Located($0, reader.valueLocation("to")), among: roles, kind: "role")
        }
        let value = reader.number("value", in: 0...100)
        for key in ["from", "to", "value"] where !reader.has(key) {
            reader.missing(
                key, what: "a trust start value",
                example: key == "value" ? "40" : "\"\(roles.first ?? "beheer")\"")
        }
        reader.finish()
        guard let from, let to, let value else { return nil }
        if from == to {
            context.sink.error(
                DiagnosticID.sameRole,
                "a role cannot trust itself: `from` and `to` are both `\(roles[from])`",
                at: reader.valueLocation("to"))
            return nil
        }
        return TrustPair(from: from, to: to, value: value)
    }

    /// Meetings (`meet`, `meet_cost`) and sharing per project (`share_project`,
    /// `change_shared_plan`): building trust on purpose.
    private static func readAcquaintance(_ reader: TableReader, into trust: inout TrustSpec) {
        trust.meet = reader.number("meet", in: 0...100) ?? trust.meet
        trust.meetCost = reader.nonNegative("meet_cost", id: DiagnosticID.negativeCost) ?? 0
        if reader.has("meet_cost"), trust.meet == 0 {
            reader.sink.warning(
                DiagnosticID.unusedKey, "`meet_cost` has no effect without `meet`",
                at: reader.keyLocation("meet_cost"),
                suggestion: "add `meet = 3` (the trust a meeting builds), or leave `meet_cost` out")
        }
        trust.shareProject = reader.number("share_project") ?? trust.shareProject
        trust.changeSharedPlan = reader.number("change_shared_plan") ?? trust.changeSharedPlan
    }
}
