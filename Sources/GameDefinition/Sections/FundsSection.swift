import GameRules
import TOML

/// Reads `[funds.ID]`: name, starting balance, members and fair share.
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
            reader.finish()
            return fund
        }
    }
}
