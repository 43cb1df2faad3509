import GameRules
import TOML

/// Reads `[funds.ID]`: name, starting balance, members, fair share and cost-sharing key.
enum FundsSection {
    /// The shared funds in file order.
    static func read(_ root: TableReader, context: DefinitionContext) -> [FundSpec] {
        root.namedTables("funds").map { id, reader in
            var fund = FundSpec(
                id: id.value, name: reader.playerText("name") ?? id.value, members: [])
            fund.start = reader.nonNegative("start") ?? 0
            if let members = reader.strings("members") {
                fund.members = context.resolveAll(members, among: context.scope.roles, kind: "role")
            } else {
                fund.members = Array(context.scope.roles.indices)
            }
            fund.fairShare = reader.nonNegative("fair_share") ?? 0
            let key = KeyReader(
                context: context, parties: fund.members,
                partyWord: "a member of fund `\(id.value)`", joinHint: "add it to `members`")
            fund.key = key.read(reader, "key")
            if reader.has("key"), !reader.has("fair_share") || fund.fairShare == 0 {
                context.sink.warning(
                    DiagnosticID.unusedKey,
                    "`key` of fund `\(id.value)` has no effect without a `fair_share`: it splits what the members pay together",
                    at: reader.keyLocation("key"),
                    suggestion: "add `fair_share`, the mean amount a member pays per round")
            }
            warnOfUnpaidShares(fund, reader, context: context)
            reader.finish()
            return fund
        }
    }

    /// Warns when a member's share per round is below the smallest money step: bots pay in
    /// steps, so they would never pay it.
    private static func warnOfUnpaidShares(
        _ fund: FundSpec, _ reader: TableReader, context: DefinitionContext
    ) {
        guard let smallest = context.moneySteps.min() else { return }
        let unpaid = fund.members.compactMap { member -> (String, Double)? in
            let share = fund.fairShare(of: member)
            guard share > 0, share < Double(smallest) else { return nil }
            return (context.scope.roles[member], share)
        }
        guard !unpaid.isEmpty else { return }
        let listed = unpaid.map { "`\($0.0)` (\(ValueDescription.number($0.1)))" }
        let steps = Set(context.moneySteps + unpaid.map { Int($0.1) }).sorted()
        let fix =
            unpaid.contains { $0.1 < 1 }
            ? "raise `fair_share`: money steps are whole numbers, so a share below 1 is never paid"
            : "add the shares to `money_steps`, such as `money_steps = [\(steps.map(String.init).joined(separator: ", "))]`"
        context.sink.warning(
            DiagnosticID.shareBelowStep,
            "bots never pay their share of fund `\(fund.id)` for "
                + listed.joined(separator: ", ")
                + ": a share below the smallest of `money_steps` (\(smallest)) is never paid",
            at: reader.has("key") ? reader.keyLocation("key") : reader.keyLocation("fair_share"),
            suggestion: fix)
    }
}
