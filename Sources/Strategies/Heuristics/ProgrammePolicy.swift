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
        let spec = decision.spec
        let view = decision.view
        for project in spec.couplings[coupling].projects
        where !ownOnly || spec.projects[project].owner == decision.role {
            let rules = spec.projects[project]
            let phase = view.projects[project].phase
            guard phase == .idle || phase == .planned, round >= rules.earliestStart,
                round <= min(rules.latestStart ?? spec.rounds - 1, spec.rounds - 1)
            else { return false }
            if let deadline = rules.deadline, round + max(1, rules.duration) - 1 > deadline {
                return false
            }
        }
        return true
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
        let view = decision.view
        guard let rules = spec.programme, rules.earlyBonus > 0 else { return nil }
        let projects = spec.couplings[coupling].projects
        guard !view.couplingMade[coupling], !view.couplingMissed[coupling],
            projects.allSatisfy({
                view.projects[$0].phase == .idle || view.projects[$0].phase == .planned
            }),
            !outweighed(coupling, decision: decision)
        else { return nil }
        let round = projects.map {
            view.projects[$0].plannedRound ?? spec.projects[$0].earliestStart
        }.reduce(decision.round, max)
        guard round - decision.round >= rules.earlyYears,
            round - decision.round <= rules.horizon,
            fits(coupling, round, decision: decision, ownOnly: false),
            projects.allSatisfy(decision.preconditionHolds)
        else { return nil }
        return round
    }

    /// Whether a project of `coupling` is also in another open coupling that saves more:
    /// holding the smaller one would tie the work to its year and lose the larger.
    static func outweighed(_ coupling: Int, decision: Decision) -> Bool {
        let spec = decision.spec
        let view = decision.view
        let rules = spec.couplings[coupling]
        return spec.couplings.indices.contains { other in
            other != coupling && !view.couplingMade[other] && !view.couplingMissed[other]
                && spec.couplings[other].saving > rules.saving
                && spec.couplings[other].projects.contains(where: rules.projects.contains)
        }
    }

    /// A proposal to start the programme or to put one of the role's couplings in it, when
    /// its partners are willing and it pays; nil otherwise.
    static func proposal(_ decision: Decision, willing: (Int) -> Bool) -> Action? {
        let spec = decision.spec
        let view = decision.view
        let role = decision.role
        guard spec.programme != nil else { return nil }
        guard let programme = view.programme else {
            let others = spec.roles.indices.filter { $0 != role }
            let start = Action.propose(role: role, proposal: .programme)
            guard others.allSatisfy(willing), joins(decision: decision),
                spec.couplings.indices.contains(where: {
                    owns($0, decision) && earlyRound($0, decision: decision) != nil
                }),
                !view.proposals.contains(where: { $0.kind == .programme }),
                decision.allows(start)
            else { return nil }
            return start
        }
        for coupling in spec.couplings.indices where owns(coupling, decision) {
            guard programme.open(coupling) == nil,
                let round = earlyRound(coupling, decision: decision),
                spec.couplings[coupling].projects.allSatisfy({
                    spec.projects[$0].owner == role || willing(spec.projects[$0].owner)
                })
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
    private static func owns(_ coupling: Int, _ decision: Decision) -> Bool {
        decision.spec.couplings[coupling].projects.contains {
            decision.spec.projects[$0].owner == decision.role
        }
    }

    /// Whether `role` owns a project of a coupling not yet made or missed.
    private static func ownsOpenCoupling(_ decision: Decision) -> Bool {
        decision.spec.couplings.indices.contains {
            owns($0, decision) && !decision.view.couplingMade[$0]
                && !decision.view.couplingMissed[$0]
        }
    }
}
