extension Game: MutableExpressionEnvironment {
    public var roundNumber: Int { state.round + 1 }
    public var lastRound: Int { spec.rounds }
    public var year: Int { currentYear }
    public var formIndex: Int { state.form }

    public var groupTrust: Double {
        let count = spec.roles.count
        guard count > 1 else { return state.trust.first ?? 0 }
        // Through the matrix's buffer: every view reads it, and element by element each read
        // went through the state's accessor and a bounds check.
        let total = state.trust.withUnsafeBufferPointer { trust in
            var total = 0.0
            for from in 0..<count {
                for to in 0..<count where from != to { total += trust[from * count + to] }
            }
            return total
        }
        return total / Double(count * (count - 1))
    }

    public func budget(_ role: Int) -> Double { state.budgets[role] }
    public func trust(_ from: Int, _ to: Int) -> Double { state.trust(from, to) }
    public func variable(_ index: Int) -> Double { state.variables[index] }
    public func fund(_ index: Int) -> Double { state.funds[index] }
    public func nuisance(_ district: Int) -> Double { state.nuisance[district] }
    public func indicator(_ index: Int) -> Double { spec.indicators[index].value.number(in: self) }
    public func projectPhase(_ project: Int) -> ProjectPhase { state.projects[project].phase }

    public func chose(role: Int, dilemma: Int, option: Int) -> Bool {
        guard let slot = spec.dilemmas[dilemma].choosers.firstIndex(of: role) else {
            return false
        }
        // Read in place: binding the decided choices retained them for every condition.
        return state.dilemmas[dilemma].decided?[slot] == option
    }

    public func decided(dilemma: Int) -> Bool { state.dilemmas[dilemma].decisions > 0 }
    public func firedCount(event: Int) -> Int { state.fired[event] }
    public func coupled(_ coupling: Int) -> Bool { state.couplingMade[coupling] }
    public func score(_ role: Int) -> Double { score(of: role) }
    // The counts below are counted, not filtered into lists first (each condition that
    // read one made a list of what it counted).
    public var couplingsMade: Int {
        var count = 0
        for made in state.couplingMade where made { count += 1 }
        return count
    }

    public func openings(_ district: Int) -> Int {
        var count = 0
        for opening in state.openings where opening.district == district && isNewTrench(opening) {
            count += 1
        }
        return count
    }

    public func breaches(_ district: Int) -> Int {
        var count = 0
        for opening in state.openings
        where opening.district == district && opening.breach
            && opening.projects.contains(where: { !state.projects[$0].forced })
        {
            count += 1
        }
        return count
    }

    /// Whether an opening is a new trench, not one that stayed open from an earlier year.
    private func isNewTrench(_ opening: Opening) -> Bool {
        !opening.projects.contains {
            (state.projects[$0].startedRound ?? opening.round) < opening.round
        }
    }

    public mutating func setBudget(_ role: Int, _ value: Double) {
        state.budgets[role] = allowedBudget(value)
        if state.earmarked != nil { clampEarmark(role) }
    }

    /// The budget the role of `action` is left with once it paid for it, for an action that
    /// takes money from its budget (a contribution, a transfer, a meeting that costs money);
    /// nil for any other. Nothing is paid.
    public func budget(afterPaying action: Action) -> Double? {
        let role: Int
        let amount: Double
        switch action {
        case .contribute(let payer, _, let paid), .transfer(let payer, _, let paid):
            (role, amount) = (payer, Double(paid))
        case .meet(let payer, _) where spec.trust.meetCost > 0:
            (role, amount) = (payer, spec.trust.meetCost)
        default:
            return nil
        }
        return allowedBudget(state.budgets[role] - amount)
    }

    /// `value` as a budget may hold it: at least 0 unless the game allows debt.
    private func allowedBudget(_ value: Double) -> Double {
        spec.allowDebt ? value : Swift.max(0, value)
    }

    public mutating func setTrust(_ from: Int, _ to: Int, _ value: Double) {
        guard from != to else { return }
        state.trust[from * spec.roles.count + to] = Swift.min(100, Swift.max(0, value))
    }

    public mutating func setVariable(_ index: Int, _ value: Double) {
        let bounds = spec.variables[index]
        state.variables[index] = Swift.min(bounds.max, Swift.max(bounds.min, value))
    }

    public mutating func setFund(_ index: Int, _ value: Double) {
        state.funds[index] = Swift.max(0, value)
    }

    public mutating func setNuisance(_ district: Int, _ value: Double) {
        state.nuisance[district] = Swift.max(0, value)
    }

    public mutating func setScore(_ role: Int, _ value: Double) {
        state.points[role] = value - goalPoints(of: role)
    }

    /// Applies effects in order.
    mutating func applyEffects(_ effects: [Effect]) {
        for effect in effects { effect.apply(to: &self) }
    }

    /// Applies effects and tells every budget, fund, trust and variable they changed.
    mutating func applyEffects(_ effects: [Effect], telling told: inout [ToldEvent]) {
        guard !effects.isEmpty else { return }
        // A lookahead tells no events, so there is nothing to compare (keeping the arrays
        // to compare made every change of them copy the whole array first).
        guard keepsRecords else { return applyEffects(effects) }
        // Only the five arrays whose changes are told are kept (a copy of the whole state
        // retained and released every array of it).
        let budgets = state.budgets
        let funds = state.funds
        let trusts = state.trust
        let points = state.points
        let variables = state.variables
        applyEffects(effects)
        for (role, value) in state.budgets.enumerated() where value != budgets[role] {
            tell(change(.budget(role: role, before: budgets[role], after: value)), &told)
        }
        for (fund, value) in state.funds.enumerated() where value != funds[fund] {
            tell(change(.fund(fund: fund, before: funds[fund], after: value)), &told)
        }
        let roles = spec.roles.count
        for (index, value) in state.trust.enumerated() where value != trusts[index] {
            tell(
                change(
                    .trust(
                        from: index / roles, to: index % roles, before: trusts[index],
                        after: value)), &told)
        }
        for (role, value) in state.points.enumerated() where value != points[role] {
            tell(
                change(
                    .score(
                        role: role, before: score(of: role) - value + points[role],
                        after: score(of: role))), &told)
        }
        for (index, value) in state.variables.enumerated() where value != variables[index] {
            tell(
                change(.variable(variable: index, before: variables[index], after: value)), &told)
        }
    }

    func change(_ change: StateChange) -> ToldEvent {
        ToldEvent(.changed(change), to: change.audience)
    }

    /// Changes every other role's trust in `role` by `delta`.
    mutating func changeTrust(in role: Int, by delta: Double) {
        guard delta != 0 else { return }
        for other in 0..<spec.roles.count where other != role {
            setTrust(other, role, trust(other, role) + delta)
        }
    }

    /// Changes trust both ways between `a` and `b` by `delta`.
    mutating func changeMutualTrust(_ a: Int, _ b: Int, by delta: Double) {
        setTrust(a, b, trust(a, b) + delta)
        setTrust(b, a, trust(b, a) + delta)
    }

    /// The lower of the two directions of trust between `a` and `b`.
    func mutualTrust(_ a: Int, _ b: Int) -> Double {
        a == b ? 100 : Swift.min(trust(a, b), trust(b, a))
    }
}

extension Game {
    /// The number of roles.
    public var roleCount: Int { spec.roles.count }
}
