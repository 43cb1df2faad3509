extension Game {
    mutating func plan(_ role: Int, _ project: Int, _ round: Int, _ told: inout [ToldEvent]) {
        changeSharedPlan(role, project, dropped: false, &told)
        state.projects[project].phase = .planned
        state.projects[project].plannedRound = round
        state.projects[project].fixedSince = nil
        tell(
            ToldEvent(.planned(role: role, project: project, round: round), to: planAudience(role)),
            &told)
    }

    mutating func unplan(_ role: Int, _ project: Int, _ told: inout [ToldEvent]) {
        changeSharedPlan(role, project, dropped: true, &told)
        returnFundMoney(project, &told)
        state.projects[project].phase = .idle
        state.projects[project].plannedRound = nil
        // The couplings read in place (enumerating them copied each one whole).
        for index in spec.couplings.indices where spec.couplings[index].projects.contains(project) {
            state.couplingAgreed[index] = false
        }
        state.jointAgreed[project] = false
        tell(ToldEvent(.unplanned(role: role, project: project), to: planAudience(role)), &told)
    }

    /// In a secret phase a role's planning is told to that role alone.
    private func planAudience(_ role: Int) -> Audience {
        phase.secret ? .role(role) : .everyone
    }

    /// Gives the money granted from funds back, each fund its own, when the project will not
    /// use it.
    mutating func returnFundMoney(_ project: Int, _ told: inout [ToldEvent]) {
        let grants = state.projects[project].fundGrants
        for fund in grants.keys.sorted() { setFund(fund, state.funds[fund] + (grants[fund] ?? 0)) }
        state.projects[project].fundMoney = 0
        state.projects[project].fundGrants = [:]
    }

    mutating func contribute(_ role: Int, _ fund: Int, _ amount: Int, _ told: inout [ToldEvent]) {
        setBudget(role, state.budgets[role] - Double(amount))
        setFund(fund, state.funds[fund] + Double(amount))
        tell(ToldEvent(.contributed(role: role, fund: fund, amount: amount)), &told)
    }

    mutating func transfer(_ role: Int, _ to: Int, _ amount: Int, _ told: inout [ToldEvent]) {
        setBudget(role, state.budgets[role] - Double(amount))
        setBudget(to, state.budgets[to] + Double(amount))
        tell(ToldEvent(.transferred(role: role, to: to, amount: amount)), &told)
    }

    mutating func share(_ role: Int, _ told: inout [ToldEvent]) {
        state.shared[role] = true
        changeTrust(in: role, by: spec.trust.sharePlans)
        tell(ToldEvent(.shared(role: role)), &told)
    }

    mutating func commit(_ role: Int, _ project: Int, _ told: inout [ToldEvent]) {
        let round = state.projects[project].plannedRound ?? state.round
        state.commitments.append(Commitment(role: role, project: project, round: round))
        tell(ToldEvent(.committed(role: role, project: project, round: round)), &told)
    }

    mutating func choose(_ role: Int, _ dilemma: Int, _ option: Int, _ told: inout [ToldEvent]) {
        guard let slot = spec.dilemmas[dilemma].choosers.firstIndex(of: role) else { return }
        state.dilemmas[dilemma].choices[slot] = option
        let secret = spec.dilemmas[dilemma].secret
        tell(
            ToldEvent(.chose(role: role, dilemma: dilemma), to: secret ? .role(role) : .everyone),
            &told)
    }

    mutating func intervene(_ intervention: FacilitatorAction, _ told: inout [ToldEvent]) {
        switch intervention {
        case .pause(let paused):
            state.paused = paused
            tell(ToldEvent(.paused(paused)), &told)
        case .nextPhase:
            if phase.kind.isInteractive { finishPhase(&told) }
        case .inject(let event):
            tell(ToldEvent(.facilitatorAdjusted(intervention)), &told)
            fire(event, &told)
        case .adjustBudget(let role, let delta):
            setBudget(role, state.budgets[role] + delta)
            tell(ToldEvent(.facilitatorAdjusted(intervention)), &told)
        case .adjustTrust(let from, let to, let delta):
            setTrust(from, to, trust(from, to) + delta)
            tell(ToldEvent(.facilitatorAdjusted(intervention)), &told)
        case .adjustVariable(let variable, let delta):
            setVariable(variable, state.variables[variable] + delta)
            tell(ToldEvent(.facilitatorAdjusted(intervention)), &told)
        }
    }
}
