extension Game {
    /// Why a role's action would be refused now, or nil.
    func checkRoleAction(_ action: Action) -> Rejection? {
        guard let role = action.role else { return nil }
        guard spec.roles.indices.contains(role) else {
            return Rejection(.unknownRole, .role(role))
        }
        if isOver { return Rejection(.gameOver) }
        if state.paused { return Rejection(.paused) }
        guard phase.kind.isInteractive else { return Rejection(.wrongPhase, .phase(state.phase)) }
        guard let active = activeRole else { return Rejection(.wrongPhase, .phase(state.phase)) }
        if phase.secret {
            if state.ready[role] { return Rejection(.alreadyReady) }
        } else if active != role {
            return Rejection(.notYourTurn, .role(active))
        }
        if case .ready = action {
            return nil
        }
        if state.actionsThisPhase[role] >= Game.actionLimit {
            return Rejection(.actionLimit, .count(Game.actionLimit))
        }
        return checkActionRules(action, of: role)
    }

    /// The rules of one kind of action, for a role whose turn it is (the checks above done).
    func checkActionRules(_ action: Action, of role: Int) -> Rejection? {
        switch action {
        case .plan(_, let project, let round): return checkPlan(role, project, round)
        case .unplan(_, let project):
            return checkUnplan(role, project) ?? checkPlanFixed(project)
        case .contribute(_, let fund, let amount): return checkContribute(role, fund, amount)
        case .transfer(_, let to, let amount): return checkTransfer(role, to, amount)
        case .share:
            return state.shared[role] ? Rejection(.alreadyShared) : nil
        case .propose(_, let kind): return checkProposal(role, kind)
        case .respond(_, let proposal, let accept):
            if let rejection = checkResponse(role, proposal) { return rejection }
            return accept ? checkLateCouplingAnswer(role, proposal) : nil
        case .commit(_, let project): return checkCommit(role, project)
        case .choose(_, let dilemma, let option): return checkChoice(role, dilemma, option)
        case .meet(_, let other): return checkMeeting(role, other)
        case .shareProject(_, let project): return checkProjectSharing(role, project)
        case .ready, .facilitator: return nil
        }
    }

    /// Why `role` may not plan `project` for `round`. `plannedNow`, when given, is
    /// `plannedShare(of: role, in: state.round, excluding: -1)`, computed once by a caller
    /// that checks many plans (the same sum: a project planned for `round` is refused above
    /// before its own share would be left out).
    func checkPlan(
        _ role: Int, _ project: Int, _ round: Int, plannedNow: Double? = nil
    ) -> Rejection? {
        guard spec.projects.indices.contains(project) else {
            return Rejection(.unknownProject, .project(project))
        }
        // Fields are read in place: a copy of the project's rules (arrays, expressions) or
        // state (a dictionary) for every plan checked cost more than the checks.
        let projects = spec.projects
        guard projects[project].owner == role else {
            return Rejection(.notOwner, .project(project), .role(projects[project].owner))
        }
        let phase = state.projects[project].phase
        guard phase == .idle || phase == .planned else {
            return Rejection(.alreadyStarted, .project(project))
        }
        if state.projects[project].plannedRound == round {
            return Rejection(.alreadyPlanned, .project(project), .round(round))
        }
        if let fixed = checkPlanFixed(project) { return fixed }
        guard round >= state.round else { return Rejection(.roundInPast, .round(round)) }
        let earliest = projects[project].earliestStart
        guard round >= earliest else {
            return Rejection(.tooEarly, .project(project), .round(earliest))
        }
        let latest = Swift.min(projects[project].latestStart ?? spec.rounds - 1, spec.rounds - 1)
        guard round <= latest else {
            return Rejection(.tooLate, .project(project), .round(latest))
        }
        if round == state.round {
            if let precondition = projects[project].precondition, !precondition.isTrue(in: self) {
                return Rejection(
                    .preconditionUnmet, .project(project), .condition(project: project))
            }
            let planned = plannedNow ?? plannedShare(of: role, in: round, excluding: project)
            let own = ownShare(project, role)
            if !spec.allowDebt && planned + own > state.budgets[role] + 0.000_001 {
                return Rejection(
                    .overBudget,
                    .money(planned + own), .money(state.budgets[role]), .money(own),
                    .money(planned))
            }
        }
        let district = projects[project].district
        if state.slotsUsed[district] + projects[project].slots > spec.districts[district].slots {
            return Rejection(.noUndergroundSpace, .district(district))
        }
        return nil
    }

    private func checkUnplan(_ role: Int, _ project: Int) -> Rejection? {
        guard spec.projects.indices.contains(project) else {
            return Rejection(.unknownProject, .project(project))
        }
        let rules = spec.projects[project]
        guard rules.owner == role else {
            return Rejection(.notOwner, .project(project), .role(rules.owner))
        }
        guard state.projects[project].phase == .planned else {
            return Rejection(.notPlanned, .project(project))
        }
        return nil
    }

    private func checkContribute(_ role: Int, _ fund: Int, _ amount: Int) -> Rejection? {
        guard spec.funds.indices.contains(fund) else {
            return Rejection(.unknownFund, .fund(fund))
        }
        guard spec.funds[fund].members.contains(role) else {
            return Rejection(.notMember, .fund(fund))
        }
        return checkPayment(role, amount)
    }

    private func checkTransfer(_ role: Int, _ to: Int, _ amount: Int) -> Rejection? {
        guard spec.roles.indices.contains(to) else { return Rejection(.unknownRole, .role(to)) }
        guard to != role else { return Rejection(.sameRole) }
        return checkPayment(role, amount)
    }

    private func checkPayment(_ role: Int, _ amount: Int) -> Rejection? {
        guard amount > 0 else { return Rejection(.invalidAmount, .money(Double(amount))) }
        if !spec.allowDebt && Double(amount) > state.budgets[role] {
            return Rejection(
                .overBudget,
                .money(Double(amount)), .money(state.budgets[role]), .money(Double(amount)),
                .money(0))
        }
        let earmarked = earmarked(role)
        if earmarked > 0, Double(amount) > state.budgets[role] - earmarked + 0.000_001 {
            let free = Swift.max(0, state.budgets[role] - earmarked)
            return Rejection(
                .earmarkedMoney, .money(Double(amount)), .money(free), .money(earmarked))
        }
        return nil
    }

    private func checkCommit(_ role: Int, _ project: Int) -> Rejection? {
        guard spec.commitments.enabled else { return Rejection(.commitmentsOff) }
        if let rejection = checkUnplan(role, project) { return rejection }
        let round = state.projects[project].plannedRound ?? state.round
        guard round - state.round < spec.commitments.horizon else {
            return Rejection(.beyondHorizon, .project(project), .count(spec.commitments.horizon))
        }
        let promised = state.commitments.contains {
            $0.project == project && $0.round == round && $0.kept == nil
        }
        return promised ? Rejection(.alreadyCommitted, .project(project)) : nil
    }

    private func checkChoice(_ role: Int, _ dilemma: Int, _ option: Int) -> Rejection? {
        guard spec.dilemmas.indices.contains(dilemma) else {
            return Rejection(.unknownDilemma, .dilemma(dilemma))
        }
        guard spec.dilemmas[dilemma].options.indices.contains(option) else {
            return Rejection(.unknownOption, .option(option), .dilemma(dilemma))
        }
        guard state.dilemmas[dilemma].isOpen else {
            return Rejection(.dilemmaClosed, .dilemma(dilemma))
        }
        guard let slot = spec.dilemmas[dilemma].choosers.firstIndex(of: role) else {
            return Rejection(.notChooser, .dilemma(dilemma))
        }
        guard state.dilemmas[dilemma].choices[slot] == nil else {
            return Rejection(.alreadyChosen, .dilemma(dilemma))
        }
        if spec.dilemmas[dilemma].anyone,
            state.dilemmas[dilemma].choices.contains(where: { $0 != nil })
        {
            return Rejection(.pickedUp, .dilemma(dilemma))
        }
        return checkOptionCost(
            role, cost: spec.dilemmas[dilemma].options[option].cost,
            fund: spec.dilemmas[dilemma].options[option].costFund)
    }

    /// A role cannot choose an option that it (or the fund that pays) cannot pay now.
    private func checkOptionCost(_ role: Int, cost: Double, fund: Int?) -> Rejection? {
        guard cost > 0 else { return nil }
        if let fund {
            return state.funds[fund] + 0.000_001 < cost
                ? Rejection(.fundTooSmall, .fund(fund), .money(state.funds[fund])) : nil
        }
        if spec.allowDebt || cost <= state.budgets[role] + 0.000_001 { return nil }
        return Rejection(
            .overBudget, .money(cost), .money(state.budgets[role]), .money(cost), .money(0))
    }

    /// Why the facilitator's intervention would be refused, or nil.
    func checkFacilitator(_ intervention: FacilitatorAction) -> Rejection? {
        if isOver { return Rejection(.gameOver) }
        switch intervention {
        case .pause, .nextPhase:
            return nil
        case .inject(let event):
            return spec.events.indices.contains(event)
                ? nil : Rejection(.unknownEvent, .event(event))
        case .adjustBudget(let role, let delta):
            guard spec.roles.indices.contains(role) else {
                return Rejection(.unknownRole, .role(role))
            }
            return checkAdjustment(state.budgets[role], by: delta)
        case .adjustTrust(let from, let to, let delta):
            guard spec.roles.indices.contains(from), spec.roles.indices.contains(to) else {
                return Rejection(
                    .unknownRole, .role(spec.roles.indices.contains(from) ? to : from))
            }
            return from == to ? Rejection(.sameRole) : checkAdjustment(trust(from, to), by: delta)
        case .adjustVariable(let variable, let delta):
            guard spec.variables.indices.contains(variable) else {
                return Rejection(.unknownVariable, .variable(variable))
            }
            return checkAdjustment(state.variables[variable], by: delta)
        }
    }

    /// Refuses an adjustment by a non-finite amount, or one whose result would not be finite
    /// (`+1e308` twice): an infinite budget can be neither played with nor saved.
    private func checkAdjustment(_ value: Double, by delta: Double) -> Rejection? {
        (delta.isFinite && (value + delta).isFinite)
            ? nil : Rejection(.nonFiniteAmount, .money(delta))
    }
}
