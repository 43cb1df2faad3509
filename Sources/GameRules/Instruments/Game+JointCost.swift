extension Game {
    /// Pays `cost` for the whole table: from `fund` as far as it reaches, the rest by the roles,
    /// each its `keyShare` of the rest when that gives one, else by the key of the agreement in
    /// force, else in equal parts. Returns what came from the fund.
    mutating func payJointly(
        _ cost: Double, from fund: Int?,
        keyShare: (_ rest: Double, _ role: Int) -> Double? = { _, _ in nil }
    ) -> Double {
        var fromFund = 0.0
        if let fund {
            fromFund = Swift.min(cost, state.funds[fund])
            setFund(fund, state.funds[fund] - fromFund)
        }
        let rest = cost - fromFund
        if rest > 0 {
            for role in spec.roles.indices {
                let share =
                    keyShare(rest, role)
                    ?? agreementInForce?.share(of: rest, for: role, roles: roleCount)
                    ?? rest / Double(roleCount)
                setBudget(role, state.budgets[role] - share)
            }
        }
        return fromFund
    }
}
