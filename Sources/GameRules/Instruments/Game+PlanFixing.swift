extension Game {
    /// Whether `project`'s plan is fixed (*vastgesteld*) now: planned, and fixed at a review.
    public func isFixed(_ project: Int) -> Bool {
        state.projects[project].phase == .planned && state.projects[project].fixedSince != nil
    }

    /// The round (index) at whose review `project`'s plan is or was fixed, while it is
    /// planned in a game whose plans become fixed; nil otherwise, and for a plan that starts
    /// before it would be fixed.
    public func fixingRound(of project: Int) -> Int? {
        let status = state.projects[project]
        guard let rules = spec.planFixing, status.phase == .planned,
            let start = status.plannedRound
        else { return nil }
        if let since = status.fixedSince { return since }
        let round = Swift.max(state.round, rules.fixingRound(forStart: start))
        return round < start ? round : nil
    }

    /// Why `project`'s plan may no longer be moved or dropped, or nil.
    func checkPlanFixed(_ project: Int) -> Rejection? {
        // Read in place: this runs in every plan check, where a copy of the project's state
        // (with its dictionary of grants) would cost more than the check.
        guard let since = state.projects[project].fixedSince,
            state.projects[project].phase == .planned
        else { return nil }
        let start = state.projects[project].plannedRound ?? state.round
        return Rejection(
            .planFixed,
            .project(project), .round(since), .round(start),
            .money(spec.planFixing?.lateCouplingSurcharge ?? 0))
    }

    /// At the year's review: every plan that starts within `fixedBefore` years is fixed.
    mutating func fixPlans() {
        guard let rules = spec.planFixing else { return }
        for project in state.projects.indices
        where state.projects[project].phase == .planned
            && state.projects[project].fixedSince == nil
        {
            guard let start = state.projects[project].plannedRound,
                rules.fixingRound(forStart: start) <= state.round
            else { continue }
            state.projects[project].fixedSince = state.round
        }
    }

    /// What `role` pays to couple `coupling` now: the surcharge for each of its projects in
    /// the coupling whose plan is fixed (0 in a game without the surcharge).
    public func lateCouplingSurcharge(_ coupling: Int, for role: Int) -> Double {
        guard let surcharge = spec.planFixing?.lateCouplingSurcharge, surcharge > 0 else {
            return 0
        }
        let fixed = spec.couplings[coupling].projects.filter {
            spec.projects[$0].owner == role && isFixed($0)
        }
        return surcharge * Double(fixed.count)
    }

    /// Why `role` could not pay its surcharge for coupling `coupling` now, or nil.
    func checkLateCoupling(_ coupling: Int, for role: Int) -> Rejection? {
        let amount = lateCouplingSurcharge(coupling, for: role)
        guard amount > 0, !spec.allowDebt, amount > state.budgets[role] + 0.000_001 else {
            return nil
        }
        return Rejection(
            .overBudget, .money(amount), .money(state.budgets[role]), .money(amount), .money(0))
    }

    /// Why `role` could not accept proposal `number` for the surcharge it would pay, or nil.
    func checkLateCouplingAnswer(_ role: Int, _ number: Int) -> Rejection? {
        guard spec.planFixing != nil,
            case .coupling(let coupling) = state.proposals[number - 1].kind
        else { return nil }
        return checkLateCoupling(coupling, for: role)
    }

    /// Whether every owner of a fixed plan in `coupling` can pay its surcharge now.
    func lateCouplingAffordable(_ coupling: Int) -> Bool {
        guard spec.planFixing != nil else { return true }
        let owners = Set(spec.couplings[coupling].projects.map { spec.projects[$0].owner })
        return owners.allSatisfy { checkLateCoupling(coupling, for: $0) == nil }
    }

    /// Charges the owners of the fixed plans of an agreed coupling their surcharge (from
    /// money earmarked for the project's kind first), and tells the table.
    mutating func chargeLateCoupling(_ coupling: Int, _ told: inout [ToldEvent]) {
        guard let surcharge = spec.planFixing?.lateCouplingSurcharge, surcharge > 0 else {
            return
        }
        var paid: [Int: Double] = [:]
        for project in spec.couplings[coupling].projects where isFixed(project) {
            let owner = spec.projects[project].owner
            spendEarmark(owner, surcharge, on: spec.projects[project].kind)
            setBudget(owner, state.budgets[owner] - surcharge)
            paid[owner, default: 0] += surcharge
        }
        for role in paid.keys.sorted() {
            tell(
                ToldEvent(
                    .lateCouplingSurcharge(coupling: coupling, role: role, amount: paid[role] ?? 0)
                ), &told)
        }
    }
}
