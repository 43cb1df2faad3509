import GameRules

/// When a cooperative player uses the table's instruments: it signs an agreement whose fee
/// it can bear, and proposes the process coordinator only where it pays: when a partner in
/// a coupling still to be made keeps its plans to itself, so that the coordinator would
/// show what the table does not see.
struct InstrumentPolicy {
    /// The most of its budget a role spends on its part of an agreement's fee.
    static let feeShareOfBudget = 0.25

    /// Whether `role` would sign `agreement`: its part of the fee is small against its budget.
    static func signs(_ agreement: Int, decision: Decision) -> Bool {
        let spec = decision.spec
        let role = decision.role
        // The agreement's fields read in place (a copy of its rules cost more).
        let agreements = spec.agreements
        let fee = agreements[agreement].share(
            of: agreements[agreement].fee, for: role, roles: spec.roles.count)
        let budget = decision.view.budgets[role] ?? 0
        return spec.allowDebt || fee <= budget * feeShareOfBudget + 0.000_001
    }

    /// Whether `role` would hire the process coordinator: couplings are still to be made,
    /// and its part of a year's pay (beyond what the fund covers) is small against its budget.
    static func hires(decision: Decision) -> Bool {
        let spec = decision.spec
        let view = decision.view
        guard let rules = spec.coordinator else { return false }
        let open = spec.couplings.indices.contains {
            !view.couplingMade[$0] && !view.couplingMissed[$0]
        }
        guard open || spec.dilemmas.contains(where: { $0.rounds > 0 }) else { return false }
        let fund = rules.fund.map { view.funds[$0] } ?? 0
        let share = max(0, rules.cost - fund) / Double(max(1, spec.roles.count))
        let budget = view.budgets[decision.role] ?? 0
        return spec.allowDebt || share <= budget * feeShareOfBudget + 0.000_001
    }

    /// Whether opening `district` in `round` breaks the graafrust of the agreement in force,
    /// judged from when the digging works there end; false without an agreed graafrust.
    static func breaksAgreedGraafrust(district: Int, round: Int, spec: GameSpec, view: RoleView)
        -> Bool
    {
        guard let agreement = view.agreement else { return false }
        let agreements = spec.agreements
        guard let rest = agreements[agreement].graafrust, rest > 0 else { return false }
        // The ends of the works there tested as they are found, without a list of them.
        func breaks(_ end: Int) -> Bool { round > end && round <= end + rest }
        let districts = spec.districts
        if districts[district].dugBefore.contains(where: breaks) { return true }
        // Projects' fields read in place (a copy of each project's rules cost more).
        let projects = spec.projects
        for index in projects.indices
        where projects[index].digs && projects[index].district == district {
            guard let started = view.projects[index].startedRound else { continue }
            if breaks(started + max(1, projects[index].duration) - 1) { return true }
        }
        return false
    }

    /// Moves one of the role's planned digging projects out of the agreed graafrust: to the
    /// first later round that keeps it and that the role can pay; nil when none needs moving.
    static func keepGraafrust(_ decision: Decision, planner: ProjectPlanner) -> Action? {
        let spec = decision.spec
        let view = decision.view
        let role = decision.role
        let projects = spec.projects
        for index in projects.indices
        where projects[index].owner == role && projects[index].digs
            && view.projects[index].phase == .planned
        {
            let district = projects[index].district
            guard let planned = view.projects[index].plannedRound,
                breaksAgreedGraafrust(district: district, round: planned, spec: spec, view: view)
            else { continue }
            for round in (planned + 1)..<max(planned + 1, spec.rounds) {
                let action = Action.plan(role: role, project: index, round: round)
                guard decision.allows(action),
                    !breaksAgreedGraafrust(district: district, round: round, spec: spec, view: view)
                else { continue }
                return action
            }
        }
        return nil
    }

    /// A proposal to sign the next agreement or hire the coordinator, when the others are
    /// all willing and it pays; nil otherwise.
    static func proposal(_ decision: Decision, willing: (Int) -> Bool) -> Action? {
        let role = decision.role
        let spec = decision.spec
        guard CooperationPolicy.othersWilling(role, spec: spec, willing: willing) else {
            return nil
        }
        for agreement in spec.agreements.indices.reversed() {
            let action = Action.propose(role: role, proposal: .agreement(agreement))
            // Every test is pure: the cheap one first.
            if signs(agreement, decision: decision) && decision.allows(action) { return action }
        }
        let hire = Action.propose(role: role, proposal: .coordinator)
        if hires(decision: decision) && decision.allows(hire) && partnerHidesPlans(decision) {
            return hire
        }
        return nil
    }

    /// Whether the owner of another project in a coupling of the role's, not yet made, kept
    /// its plans to itself last round and has not shared them this round either.
    static func partnerHidesPlans(_ decision: Decision) -> Bool {
        let spec = decision.spec
        let view = decision.view
        let role = decision.role
        guard decision.round > 0 else { return false }
        var sharedLately = Set<Int>()
        for entry in view.history.reversed() {
            guard entry.round >= decision.round - 1 else { break }
            if case .shared(let other, _) = entry.act { sharedLately.insert(other) }
        }
        // The couplings' and projects' fields read in place (a copy of each coupling's rules
        // and an array of its owners cost more).
        let couplings = spec.couplings
        let projects = spec.projects
        for index in couplings.indices
        where !view.couplingMade[index] && !view.couplingMissed[index] {
            guard
                couplings[index].projects.contains(where: {
                    projects[$0].owner == role
                })
            else { continue }
            if couplings[index].projects.contains(where: {
                let owner = projects[$0].owner
                return owner != role && !view.shared[owner] && !sharedLately.contains(owner)
            }) {
                return true
            }
        }
        return false
    }
}
