extension Game {
    /// Every action `role` may take now, each one accepted by `apply`.
    ///
    /// Amounts of money come from the game's money steps, and plans reach at most three
    /// rounds ahead, so the list stays short enough for bots to search.
    public func legalActions(for role: Int) -> [Action] {
        let candidates = candidateList(for: role)
        guard candidates.count > 1 else { return candidates }
        var plannedNow: Double?
        // Room for every candidate at once (`filter` grew its result a doubling at a time).
        var legal: [Action] = []
        legal.reserveCapacity(candidates.count)
        for action in candidates where isLegal(candidate: action, of: role, plannedNow: &plannedNow)
        {
            legal.append(action)
        }
        return legal
    }

    /// Whether `checkActionRules` surely refuses `action` of `role`, judged from a few
    /// fields without making the refusal (its values are an array: making one for every
    /// refused candidate cost more than the checks). False says nothing: check it.
    func isPlainlyRefused(_ action: Action, of role: Int) -> Bool {
        switch action {
        case .contribute(_, _, let amount), .transfer(_, _, let amount):
            return !spec.allowDebt && Double(amount) > state.budgets[role]
        case .propose(_, let kind):
            if state.proposalsThisPhase[role] >= Game.proposalLimit { return true }
            guard case .fundSpending(let fund, let project, let amount) = kind,
                spec.funds.indices.contains(fund), spec.projects.indices.contains(project)
            else { return false }
            return state.projects[project].phase != .planned || Double(amount) > state.funds[fund]
        case .unplan(_, let project), .commit(_, let project):
            return spec.projects.indices.contains(project)
                && state.projects[project].phase != .planned
        default:
            return false
        }
    }

    /// The actions `legalActions(for:)` chooses from, before each is checked: `ready` first,
    /// then every plan, payment, proposal, answer and choice of the usual shapes. Empty when
    /// `role` may not act now (`mayAct`). Random players may sample from it and `check` the
    /// pick: its count and the action at a place are found without listing the others.
    public func candidateActions(for role: Int) -> CandidateActions {
        CandidateActions(game: self, role: role)
    }

    /// `candidateActions(for:)` listed at once.
    func candidateList(for role: Int) -> [Action] {
        guard spec.roles.indices.contains(role), mayAct(role), !state.paused else {
            return []
        }
        var candidates: [Action] = [.ready(role: role)]
        guard state.actionsThisPhase[role] < Game.actionLimit else { return candidates }
        candidates.reserveCapacity(candidateCapacity(for: role))
        appendProjectActions(role, &candidates)
        appendMoneyActions(role, &candidates)
        appendProposals(role, &candidates)
        for (number, proposal) in state.proposals.enumerated() where proposal.accepted == nil {
            candidates.append(.respond(role: role, proposal: number + 1, accept: true))
            candidates.append(.respond(role: role, proposal: number + 1, accept: false))
        }
        for dilemma in spec.dilemmas.indices where state.dilemmas[dilemma].isOpen {
            for option in spec.dilemmas[dilemma].options.indices {
                candidates.append(.choose(role: role, dilemma: dilemma, option: option))
            }
        }
        candidates.append(.share(role: role))
        appendAcquaintance(role, &candidates)
        return candidates
    }

    /// At least as many places as `candidateList(for:)` lists for `role`, so that the
    /// list is made once (growing it copied every action listed so far).
    func candidateCapacity(for role: Int) -> Int {
        let owned = spec.ownedProjects(of: role).count
        let roles = spec.roles.count
        let steps = spec.moneySteps.count
        var options = 0
        let dilemmas = spec.dilemmas
        for index in dilemmas.indices { options += dilemmas[index].options.count }
        return 4 + owned * (7 + spec.funds.count * steps) + steps * (spec.funds.count + roles)
            + spec.couplings.count + spec.forms.count + spec.agreements.count
            + 2 * state.proposals.count + options + roles
    }

    private func appendProjectActions(_ role: Int, _ candidates: inout [Action]) {
        let lastRound = Swift.min(spec.rounds - 1, state.round + Game.planAhead)
        for project in spec.ownedProjects(of: role) {
            switch state.projects[project].phase {
            case .idle, .planned:
                for round in state.round...lastRound {
                    candidates.append(.plan(role: role, project: project, round: round))
                }
                candidates.append(.unplan(role: role, project: project))
                candidates.append(.commit(role: role, project: project))
            case .running, .done, .failed:
                continue
            }
        }
    }

    private func appendMoneyActions(_ role: Int, _ candidates: inout [Action]) {
        for amount in spec.moneySteps {
            for fund in spec.funds.indices {
                candidates.append(.contribute(role: role, fund: fund, amount: amount))
            }
            for other in spec.roles.indices where other != role {
                candidates.append(.transfer(role: role, to: other, amount: amount))
            }
        }
    }

    private func appendProposals(_ role: Int, _ candidates: inout [Action]) {
        for coupling in spec.couplings.indices {
            candidates.append(.propose(role: role, proposal: .coupling(coupling)))
        }
        for project in spec.ownedProjects(of: role) {
            if !spec.projects[project].partners.isEmpty {
                candidates.append(.propose(role: role, proposal: .jointProject(project)))
            }
            for fund in spec.funds.indices {
                for amount in spec.moneySteps {
                    let kind = ProposalKind.fundSpending(
                        fund: fund, project: project, amount: amount)
                    candidates.append(.propose(role: role, proposal: kind))
                }
            }
        }
        for form in spec.forms.indices {
            candidates.append(.propose(role: role, proposal: .form(form)))
        }
        for agreement in spec.agreements.indices {
            candidates.append(.propose(role: role, proposal: .agreement(agreement)))
        }
        if spec.coordinator != nil {
            candidates.append(.propose(role: role, proposal: .coordinator))
        }
        appendProgrammeProposals(role, &candidates)
    }

    /// Meetings with every other role and the sharing of each planned project, where the
    /// game has them.
    private func appendAcquaintance(_ role: Int, _ candidates: inout [Action]) {
        if spec.trust.meet != 0 {
            for other in spec.roles.indices where other != role {
                candidates.append(.meet(role: role, with: other))
            }
        }
        guard spec.trust.shareProject != nil else { return }
        for project in spec.ownedProjects(of: role) where state.projects[project].phase == .planned
        {
            candidates.append(.shareProject(role: role, project: project))
        }
    }
}
