import GameRules

/// When a cooperative player uses the joint programme (the tactical frame): it joins one
/// whose yearly share it can bear while couplings are still to be made, and puts a coupling
/// in it early, for the round the coupling can run anyway, where that earns the early bonus;
/// it agrees to a commitment its own projects can keep.
struct ProgrammePolicy {
    /// Whether `role` would start the programme: a coupling of its is still to be made and
    /// its share of a year's cost (beyond what the fund holds) is small against its budget.
    static func joins(decision: Decision) -> Bool {
        let spec = decision.spec
        let view = decision.view
        let role = decision.role
        guard let rules = spec.programme, ownsOpenCoupling(decision) else { return false }
        let fund = rules.fund.map { view.funds[$0] } ?? 0
        let rest = max(0, rules.cost - fund)
        let share = rules.share(of: rest, for: role) ?? rest / Double(max(1, spec.roles.count))
        let budget = view.budgets[role] ?? 0
        return spec.allowDebt || share <= budget * InstrumentPolicy.feeShareOfBudget + 0.000_001
    }

    /// Whether every project of `coupling` can start in `round`: not started, within its
    /// earliest and latest start, and done by its deadline.
    static func fits(_ coupling: Int, _ round: Int, decision: Decision, ownOnly: Bool) -> Bool {
        fits(
            coupling, round, role: decision.role, spec: decision.spec, view: decision.view,
            ownOnly: ownOnly)
    }

    /// `fits(_:_:decision:ownOnly:)` on the decision's rules and view, read once by the caller.
    private static func fits(
        _ coupling: Int, _ round: Int, role: Int, spec: GameSpec, view: RoleView, ownOnly: Bool
    ) -> Bool {
        // The coupling's projects are walked in place: looping over the couplings with
        // `for in` would copy each one whole (its texts and effects) to read one field.
        let projects = spec.projects
        let couplings = spec.couplings
        let last = spec.rounds - 1
        return couplings[coupling].projects.allSatisfy { project in
            guard !ownOnly || projects[project].owner == role else { return true }
            let phase = view.projects[project].phase
            guard phase == .idle || phase == .planned, round >= projects[project].earliestStart,
                round <= min(projects[project].latestStart ?? last, last)
            else { return false }
            if let deadline = projects[project].deadline,
                round + max(1, projects[project].duration) - 1 > deadline
            {
                return false
            }
            return true
        }
    }

    /// Whether `role` agrees to put `coupling` in the programme for `round`: its own
    /// projects of it can start then.
    static func keeps(_ coupling: Int, _ round: Int, decision: Decision) -> Bool {
        fits(coupling, round, decision: decision, ownOnly: true)
    }

    /// The round to put `coupling` in the programme for: the round its projects can first
    /// run together (the latest of their planned rounds or earliest starts), when that is far
    /// enough ahead to earn the early bonus and within the horizon; nil when committing early
    /// does not pay.
    static func earlyRound(_ coupling: Int, decision: Decision) -> Int? {
        let spec = decision.spec
        guard let programme = spec.programme else { return nil }
        return earlyRound(
            coupling, decision: decision, programme: programme, spec: spec, view: decision.view)
    }

    /// `earlyRound(_:decision:)` on the decision's rules and view, read once by the caller.
    /// Its tests are pure, so the cheap ones come first.
    private static func earlyRound(
        _ coupling: Int, decision: Decision, programme: ProgrammeSpec, spec: GameSpec,
        view: RoleView
    ) -> Int? {
        guard programme.earlyBonus > 0, !view.couplingMade[coupling],
            !view.couplingMissed[coupling]
        else { return nil }
        // The coupling's projects are walked in place: looping over the couplings with
        // `for in` would copy each one whole (its texts and effects) to read one field.
        let projects = spec.projects
        let couplings = spec.couplings
        let now = decision.round
        var round = now
        let unstarted = couplings[coupling].projects.allSatisfy { project in
            let phase = view.projects[project].phase
            guard phase == .idle || phase == .planned else { return false }
            round = max(
                round, view.projects[project].plannedRound ?? projects[project].earliestStart)
            return true
        }
        guard unstarted else { return nil }
        guard round - now >= programme.earlyYears, round - now <= programme.horizon,
            !outweighed(coupling, spec: spec, view: view),
            fits(coupling, round, role: decision.role, spec: spec, view: view, ownOnly: false),
            couplings[coupling].projects.allSatisfy(decision.preconditionHolds)
        else { return nil }
        return round
    }

    /// Whether a project of `coupling` is also in another open coupling that saves more:
    /// holding the smaller one would tie the work to its year and lose the larger.
    static func outweighed(_ coupling: Int, decision: Decision) -> Bool {
        outweighed(coupling, spec: decision.spec, view: decision.view)
    }

    /// `outweighed(_:decision:)` on rules and a view read once by the caller.
    private static func outweighed(_ coupling: Int, spec: GameSpec, view: RoleView) -> Bool {
        // The couplings' fields read in place (a copy of each coupling's rules cost more).
        let couplings = spec.couplings
        let saving = couplings[coupling].saving
        let mine = couplings[coupling].projects
        return couplings.indices.contains { other in
            other != coupling && !view.couplingMade[other] && !view.couplingMissed[other]
                && couplings[other].saving > saving
                && couplings[other].projects.contains(where: mine.contains)
        }
    }

    /// A proposal to start the programme or to put one of the role's couplings in it, when
    /// its partners are willing and it pays; nil otherwise.
    static func proposal(_ decision: Decision, willing: (Int) -> Bool) -> Action? {
        let spec = decision.spec
        let role = decision.role
        guard let rules = spec.programme else { return nil }
        let view = decision.view
        guard let programme = view.programme else {
            let start = Action.propose(role: role, proposal: .programme)
            guard CooperationPolicy.othersWilling(role, spec: spec, willing: willing),
                joins(decision: decision),
                spec.couplings.indices.contains(where: {
                    owns($0, role: role, spec: spec)
                        && earlyRound(
                            $0, decision: decision, programme: rules, spec: spec, view: view)
                            != nil
                }),
                !view.proposals.contains(where: { $0.kind == .programme }),
                decision.allows(start)
            else { return nil }
            return start
        }
        for coupling in spec.couplings.indices where owns(coupling, role: role, spec: spec) {
            guard programme.open(coupling) == nil,
                let round = earlyRound(
                    coupling, decision: decision, programme: rules, spec: spec, view: view),
                CooperationPolicy.partnersWilling(
                    coupling, role: role, spec: spec, willing: willing)
            else { continue }
            let kind = ProposalKind.programmeCoupling(coupling: coupling, round: round)
            let action = Action.propose(role: role, proposal: kind)
            guard !view.proposals.contains(where: { $0.kind == kind }), decision.allows(action)
            else { continue }
            return action
        }
        return nil
    }

    /// Whether `role` owns a project of `coupling`.
    private static func owns(_ coupling: Int, role: Int, spec: GameSpec) -> Bool {
        let projects = spec.projects
        let couplings = spec.couplings
        return couplings[coupling].projects.contains { projects[$0].owner == role }
    }

    /// Whether `role` owns a project of a coupling not yet made or missed.
    private static func ownsOpenCoupling(_ decision: Decision) -> Bool {
        let spec = decision.spec
        let view = decision.view
        let role = decision.role
        return spec.couplings.indices.contains {
            owns($0, role: role, spec: spec) && !view.couplingMade[$0] && !view.couplingMissed[$0]
        }
    }
}
