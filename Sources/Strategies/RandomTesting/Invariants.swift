import GameRules

/// The invariants every state of every game must keep.
public enum Invariants {
    /// The broken invariants of a game, as sentences; empty when all hold.
    public static func violations(of game: Game) -> [String] {
        var problems: [String] = []
        let spec = game.spec
        let state = game.state
        if !spec.allowDebt {
            for (role, budget) in state.budgets.enumerated() where budget < 0 || !budget.isFinite {
                problems.append("budget of \(spec.roles[role].id) is \(budget)")
            }
        }
        for (index, value) in state.trust.enumerated() where !(0...100).contains(value) {
            let roles = spec.roles.count
            problems.append(
                "trust of \(spec.roles[index / roles].id) in \(spec.roles[index % roles].id) is \(value)"
            )
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
        for (index, fund) in spec.funds.enumerated()
        where state.funds[index] < 0 || !state.funds[index].isFinite {
            problems.append("fund \(fund.id) is \(state.funds[index])")
        }
        if !game.isOver && game.activeRole == nil && !state.paused {
            problems.append("no role can act but the game is not over")
        }
        return problems
    }
}
