extension Game {
    /// Whether the independent process coordinator is at work.
    public var hasCoordinator: Bool { state.coordinatorRound != nil }

    /// Why proposing to hire the process coordinator would be refused now, or nil.
    func checkCoordinatorProposal() -> Rejection? {
        guard let rules = spec.coordinator else { return Rejection(.noCoordinator) }
        guard !hasCoordinator else { return Rejection(.coordinatorHired) }
        guard groupTrust >= rules.minGroupTrust else {
            return Rejection(.trustTooLow, .trust(groupTrust), .trust(rules.minGroupTrust))
        }
        return nil
    }

    /// Hires the process coordinator from now on.
    mutating func hireCoordinator(_ told: inout [ToldEvent]) {
        state.coordinatorRound = state.round
        tell(ToldEvent(.coordinatorHired), &told)
    }

    /// At the execution: the coordinator is paid, from its fund as far as it reaches, the
    /// rest by the roles, by the key of the agreement in force or in equal parts.
    mutating func payProcessCoordinator(_ told: inout [ToldEvent]) {
        guard hasCoordinator, let rules = spec.coordinator, rules.cost > 0 else { return }
        let fromFund = payJointly(rules.cost, from: rules.fund)
        tell(ToldEvent(.processCoordinatorPaid(amount: rules.cost, fromFund: fromFund)), &told)
    }

    /// The change of the proposer's trust in a role that refuses its proposal: softened
    /// while the coordinator is at work.
    var refusalTrustChange: Double {
        guard hasCoordinator, let rules = spec.coordinator else { return spec.trust.refusal }
        return spec.trust.refusal * rules.refusalFactor
    }

    /// Gives an undecided dilemma whose deadline passes more time, once, while the
    /// coordinator is at work; true if it did.
    mutating func extendHotPotato(_ dilemma: Int, _ told: inout [ToldEvent]) -> Bool {
        guard hasCoordinator, let rules = spec.coordinator, rules.extraRounds > 0,
            !state.dilemmas[dilemma].extended
        else { return false }
        state.dilemmas[dilemma].extended = true
        state.dilemmas[dilemma].deadline += rules.extraRounds
        tell(
            ToldEvent(
                .dilemmaExtended(dilemma: dilemma, deadline: state.dilemmas[dilemma].deadline)),
            &told)
        return true
    }

    /// Whether the coordinator shows everyone the plan of `project`: it belongs to a
    /// coupling not yet made.
    func coordinatorShows(_ project: Int) -> Bool {
        guard hasCoordinator, spec.coordinator?.showsCouplings == true else { return false }
        // The couplings read in place (enumerating them copied each one whole).
        return spec.couplings.indices.contains { index in
            !state.couplingMade[index] && spec.couplings[index].projects.contains(project)
        }
    }

    /// The couplings the coordinator points out to everyone: not made, not missed, none of
    /// their projects started, and at least one of them planned. Empty without a coordinator.
    public var couplingCandidates: [Int] {
        guard hasCoordinator, spec.coordinator?.showsCouplings == true else { return [] }
        return spec.couplings.indices.filter { index in
            let projects = spec.couplings[index].projects
            guard !state.couplingMade[index], !state.couplingMissed[index] else { return false }
            let phases = projects.map { state.projects[$0].phase }
            return phases.allSatisfy { $0 == .idle || $0 == .planned }
                && phases.contains(.planned)
        }
    }
}
