extension Game {
    /// Every action `role` may take now, each one accepted by `apply`.
    ///
    /// Amounts of money come from the game's money steps, and plans reach at most three
    /// rounds ahead, so the list stays short enough for bots to search.
    public func legalActions(for role: Int) -> [Action] {
        let candidates = candidateActions(for: role)
        guard candidates.count > 1 else { return candidates }
        // The turn, the pause and the action limit were checked by `candidateActions`.
        // What the role has planned this round is summed once for all its plans, not once
        // per plan (that made listing the actions quadratic in the projects).
        var plannedNow: Double?
        return candidates.filter { action in
            switch action {
            case .ready: return true
            case .plan(_, let project, let round):
                if plannedNow == nil, round == state.round {
                    plannedNow = plannedShare(of: role, in: round, excluding: -1)
                }
                return checkPlan(
                    role, project, round, plannedNow: round == state.round ? plannedNow : nil)
                    == nil
            default: return checkActionRules(action, of: role) == nil
            }
        }
    }

    /// The actions `legalActions(for:)` chooses from, before each is checked: `ready` first,
    /// then every plan, payment, proposal, answer and choice of the usual shapes. Empty when
    /// `role` may not act now (`mayAct`). Random players may sample from it and `check` the pick.
    public func candidateActions(for role: Int) -> [Action] {
        guard spec.roles.indices.contains(role), mayAct(role), !state.paused else {
            return []
        }
        var candidates: [Action] = [.ready(role: role)]
        guard state.actionsThisPhase[role] < Game.actionLimit else { return candidates }
        candidates.reserveCapacity(64)
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

    private func appendProjectActions(_ role: Int, _ candidates: inout [Action]) {
        let lastRound = Swift.min(spec.rounds - 1, state.round + 2)
        for project in spec.projects.indices where spec.projects[project].owner == role {
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
        for project in spec.projects.indices where spec.projects[project].owner == role {
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
        for project in spec.projects.indices
        where spec.projects[project].owner == role && state.projects[project].phase == .planned {
            candidates.append(.shareProject(role: role, project: project))
        }
    }
}
