extension Game {
    /// Whether `action` is one of `candidateActions(for:)` of its role, judged from its shape
    /// alone, without listing them.
    ///
    /// The legal actions are the candidates the rules accept, so a bot that asks about a few
    /// actions checks each with `isCandidate` and `isLegal(candidate:of:plannedNow:)` instead
    /// of listing every legal action.
    public func isCandidate(_ action: Action) -> Bool {
        guard let role = action.role else { return false }
        if case .ready = action {
            return spec.roles.indices.contains(role) && mayAct(role) && !state.paused
        }
        return mayTakeAction(role) && hasCandidateShape(action)
    }

    /// Whether `role` may take an action other than `ready` now: its turn, no pause, and
    /// actions left in this phase. Every candidate but `ready` needs it.
    public func mayTakeAction(_ role: Int) -> Bool {
        spec.roles.indices.contains(role) && mayAct(role) && !state.paused
            && state.actionsThisPhase[role] < Game.actionLimit
    }

    /// Whether `action` has the shape of one of its role's candidates, the turn aside: with
    /// `mayTakeAction` of its role, what `isCandidate` says of any action but `ready`. A bot
    /// that asks about many actions of one decision asks `mayTakeAction` once.
    public func hasCandidateShape(_ action: Action) -> Bool {
        guard let role = action.role, spec.roles.indices.contains(role) else { return false }
        switch action {
        case .ready, .share:
            return true
        case .plan(_, let project, let round):
            return ownsUnstarted(project, role) && round >= state.round
                && round <= Swift.min(spec.rounds - 1, state.round + Game.planAhead)
        case .unplan(_, let project), .commit(_, let project):
            return ownsUnstarted(project, role)
        case .contribute(_, let fund, let amount):
            return spec.funds.indices.contains(fund) && spec.moneySteps.contains(amount)
        case .transfer(_, let other, let amount):
            return other != role && spec.roles.indices.contains(other)
                && spec.moneySteps.contains(amount)
        case .propose(_, let kind):
            return isCandidate(kind, of: role)
        case .respond(_, let number, _):
            return number >= 1 && number <= state.proposals.count
                && state.proposals[number - 1].accepted == nil
        case .choose(_, let dilemma, let option):
            return spec.dilemmas.indices.contains(dilemma) && state.dilemmas[dilemma].isOpen
                && spec.dilemmas[dilemma].options.indices.contains(option)
        case .meet(_, let other):
            return spec.trust.meet != 0 && other != role && spec.roles.indices.contains(other)
        case .shareProject(_, let project):
            return spec.trust.shareProject != nil && owns(project, role)
                && state.projects[project].phase == .planned
        case .facilitator:
            return false
        }
    }

    /// Whether `candidate`, one of `candidateActions(for: role)`, is legal: what
    /// `legalActions(for:)` decides for it. `plannedNow` keeps what the role planned this
    /// round, summed on the first plan that needs it, between calls on the same game.
    public func isLegal(candidate action: Action, of role: Int, plannedNow: inout Double?)
        -> Bool
    {
        // The turn, the pause and the action limit were checked by `candidateActions`.
        switch action {
        case .ready:
            return true
        case .plan(_, let project, let round):
            // What the role planned this round is summed once for all its plans, not once
            // per plan (that made listing the actions quadratic in the projects).
            if plannedNow == nil, round == state.round {
                plannedNow = plannedShare(of: role, in: round, excluding: -1)
            }
            let planned = round == state.round ? plannedNow : nil
            return checkPlan(role, project, round, plannedNow: planned) == nil
        default:
            return !isPlainlyRefused(action, of: role) && checkActionRules(action, of: role) == nil
        }
    }

    private func isCandidate(_ kind: ProposalKind, of role: Int) -> Bool {
        switch kind {
        case .coupling(let coupling):
            return spec.couplings.indices.contains(coupling)
        case .jointProject(let project):
            return owns(project, role) && !spec.projects[project].partners.isEmpty
        case .fundSpending(let fund, let project, let amount):
            return owns(project, role) && spec.funds.indices.contains(fund)
                && spec.moneySteps.contains(amount)
        case .form(let form):
            return spec.forms.indices.contains(form)
        case .agreement(let agreement):
            return spec.agreements.indices.contains(agreement)
        case .coordinator:
            return spec.coordinator != nil
        case .programme:
            return spec.programme != nil && !hasProgramme
        case .programmeCoupling(let coupling, let round):
            guard let horizon = spec.programme?.horizon, hasProgramme,
                spec.couplings.indices.contains(coupling)
            else { return false }
            return spec.couplings[coupling].projects.contains { spec.projects[$0].owner == role }
                && round >= state.round
                && round <= Swift.min(spec.rounds - 1, state.round + horizon)
        }
    }

    private func owns(_ project: Int, _ role: Int) -> Bool {
        spec.projects.indices.contains(project) && spec.projects[project].owner == role
    }

    private func ownsUnstarted(_ project: Int, _ role: Int) -> Bool {
        guard owns(project, role) else { return false }
        let phase = state.projects[project].phase
        return phase == .idle || phase == .planned
    }
}
