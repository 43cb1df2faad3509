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
            reader.finish()
            return fund
        }
    }
}
