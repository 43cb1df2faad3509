extension Game {
    /// Whether some role in this game has earmarked money.
    public var hasEarmarks: Bool { state.earmarked != nil }

    /// How much of `role`'s budget is still earmarked this year (0 without an earmark).
    public func earmarked(_ role: Int) -> Double { state.earmarked?[role] ?? 0 }

    /// The earmarks at the start of the game: each one's amount, at most the starting budget.
    static func startingEarmarks(_ spec: GameSpec) -> [Double]? {
        guard spec.roles.contains(where: { $0.earmark != nil }) else { return nil }
        return spec.roles.map { role in
            Swift.min(role.earmark?.amount(in: 0) ?? 0, Swift.max(0, role.budget))
        }
    }

    /// Counts `amount` that `role` paid for a project of `kind` against its earmark.
    mutating func spendEarmark(_ role: Int, _ amount: Double, on kind: ProjectSpec.Kind) {
        guard let left = state.earmarked?[role], left > 0, amount > 0,
            spec.roles[role].earmark?.kind == kind
        else { return }
        state.earmarked?[role] = Swift.max(0, left - amount)
    }

    /// Keeps every earmark within its role's budget.
    mutating func clampEarmark(_ role: Int) {
        guard let left = state.earmarked?[role] else { return }
        let budget = Swift.max(0, state.budgets[role])
        if left > budget { state.earmarked?[role] = budget }
    }

    /// At the end of the year: what is still earmarked lapses, taken from the budget.
    mutating func lapseEarmarks(_ told: inout [ToldEvent]) {
        guard let earmarked = state.earmarked else { return }
        var lapsed = Array(repeating: 0.0, count: spec.roles.count)
        for (role, left) in earmarked.enumerated() where left > 0.000_001 {
            lapsed[role] = left
            state.earmarked?[role] = 0
            setBudget(role, state.budgets[role] - left)
            tell(ToldEvent(.earmarkLapsed(role: role, amount: left), to: .role(role)), &told)
        }
        state.lapsed = lapsed
    }

    /// At the start of a year, after income: each earmark again, at most the budget.
    mutating func renewEarmarks() {
        guard state.earmarked != nil else { return }
        // Each role's earmark read in place (enumerating the roles copied each one whole).
        for role in spec.roles.indices {
            let amount = Swift.min(
                spec.roles[role].earmark?.amount(in: state.round) ?? 0,
                Swift.max(0, state.budgets[role]))
            state.earmarked?[role] = amount
        }
    }
}
