import GameRules

/// The invariants every state of every game must keep.
enum GameInvariants {
    /// The broken invariants of a game, as sentences; empty when all hold.
    static func violations(of game: Game) -> [String] {
        var problems: [String] = []
        let spec = game.spec
        let state = game.state
        if !spec.allowDebt {
            for (role, budget) in state.budgets.enumerated() where budget < 0 {
                problems.append("budget of \(spec.roles[role].id) is \(budget)")
            }
        }
        if let bad = state.trust.first(where: { !(0...100).contains($0) }) {
            problems.append("trust value \(bad) outside 0-100")
        }
        for (district, rules) in spec.districts.enumerated()
        where state.slotsUsed[district] > rules.slots {
            problems.append(
                "district \(rules.id) uses \(state.slotsUsed[district]) of \(rules.slots) slots")
        }
        for (index, variable) in spec.variables.enumerated()
        where !(variable.min...variable.max).contains(state.variables[index]) {
            problems.append("variable \(variable.name) is \(state.variables[index])")
        }
        if state.funds.contains(where: { $0 < 0 }) { problems.append("a fund is negative") }
        return problems
    }
}
