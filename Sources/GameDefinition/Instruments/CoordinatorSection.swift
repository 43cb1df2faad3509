import GameRules
import TOML

/// Reads `[coordinator]`: the independent process coordinator the table can hire.
enum CoordinatorSection {
    /// The coordinator, or nil when the game has none; `funds` are the fund ids.
    static func read(_ root: TableReader, funds: [String], context: DefinitionContext)
        -> CoordinatorSpec?
    {
        guard let reader = root.table("coordinator") else { return nil }
        var coordinator = CoordinatorSpec(
            name: reader.playerText("name") ?? "samenwerkingscoördinator")
        coordinator.text = reader.playerText("text") ?? ""
        coordinator.cost = reader.nonNegative("cost", id: DiagnosticID.negativeCost) ?? 0
        if let fund = reader.string("fund") {
            coordinator.fund = context.resolve(
                Located(fund, reader.valueLocation("fund")), among: funds, kind: "fund")
        }
        coordinator.minGroupTrust = reader.number("min_trust", in: 0...100) ?? 0
        coordinator.extraRounds = reader.count("extra_rounds") ?? coordinator.extraRounds
        coordinator.refusalFactor =
            reader.number("refusal_factor", in: 0...1) ?? coordinator.refusalFactor
        coordinator.showsCouplings = reader.bool("shows_couplings") ?? coordinator.showsCouplings
        reader.finish()
        return coordinator
    }
}
