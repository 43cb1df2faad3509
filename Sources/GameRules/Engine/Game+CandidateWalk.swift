extension Game {
    /// The walk over the candidate actions of `role` in the order of `candidateList(for:)`,
    /// each segment passed by its size: with `target`, it stops at the candidate at that
    /// place and makes it; without, it counts them all. A walk may start at a group whose
    /// start an earlier walk found (`CandidateWalk.starts`).
    func walkCandidates(
        of role: Int, to target: Int?, fromGroup first: Int = 0, at start: Int = 0
    ) -> CandidateWalk {
        var walk = CandidateWalk(to: target, count: start)
        if first == 0 {
            guard spec.roles.indices.contains(role), mayAct(role), !state.paused else {
                return walk
            }
        }
        for group in first..<CandidateWalk.groups {
            walk.starts[group] = walk.count
            let stops: Bool
            switch group {
            case 0:
                stops =
                    walk.take(1, { _ in .ready(role: role) })
                    || state.actionsThisPhase[role] >= Game.actionLimit
            case 1: stops = walkProjectActions(role, &walk)
            case 2: stops = walkMoneyActions(role, &walk)
            case 3: stops = walkProposals(role, &walk)
            case 4: stops = walkProgrammeProposals(role, &walk)
            case 5: stops = walkAnswersAndChoices(role, &walk)
            case 6: stops = walk.take(1, { _ in .share(role: role) })
            default: stops = walkAcquaintance(role, &walk)
            }
            if stops { break }
        }
        return walk
    }

    /// Plans for the next rounds, unplanning and committing, for each project of `role`
    /// not yet running.
    private func walkProjectActions(_ role: Int, _ walk: inout CandidateWalk) -> Bool {
        let first = state.round
        let plans = Swift.max(0, Swift.min(spec.rounds - 1, first + Game.planAhead) - first + 1)
        for project in spec.ownedProjects(of: role) {
            switch state.projects[project].phase {
            case .idle, .planned:
                let found = walk.take(plans + 2) { place in
                    if place < plans {
                        return .plan(role: role, project: project, round: first + place)
                    }
                    return place == plans
                        ? .unplan(role: role, project: project)
                        : .commit(role: role, project: project)
                }
                if found { return true }
            case .running, .done, .failed:
                continue
            }
        }
        return false
    }

    /// For each money step, a contribution to every fund and a transfer to every other role.
    private func walkMoneyActions(_ role: Int, _ walk: inout CandidateWalk) -> Bool {
        let funds = spec.funds.count
        let perStep = funds + spec.roles.count - 1
        let steps = spec.moneySteps
        return walk.take(steps.count * perStep) { place in
            let (step, slot) = place.quotientAndRemainder(dividingBy: perStep)
            let amount = steps[step]
            if slot < funds { return .contribute(role: role, fund: slot, amount: amount) }
            let other = slot - funds
            return .transfer(role: role, to: other < role ? other : other + 1, amount: amount)
        }
    }

    /// Proposals of couplings, joint projects, fund spending on `role`'s projects, forms,
    /// agreements and the coordinator.
    private func walkProposals(_ role: Int, _ walk: inout CandidateWalk) -> Bool {
        if walk.take(spec.couplings.count, { .propose(role: role, proposal: .coupling($0)) }) {
            return true
        }
        let steps = spec.moneySteps
        let spendings = spec.funds.count * steps.count
        let projects = spec.projects
        for project in spec.ownedProjects(of: role) {
            let joint = projects[project].partners.isEmpty ? 0 : 1
            let found = walk.take(joint + spendings) { place in
                if place < joint { return .propose(role: role, proposal: .jointProject(project)) }
                let (fund, step) = (place - joint).quotientAndRemainder(dividingBy: steps.count)
                let kind = ProposalKind.fundSpending(
                    fund: fund, project: project, amount: steps[step])
                return .propose(role: role, proposal: kind)
            }
            if found { return true }
        }
        return walk.take(spec.forms.count, { .propose(role: role, proposal: .form($0)) })
            || walk.take(spec.agreements.count, { .propose(role: role, proposal: .agreement($0)) })
            || walk.take(spec.coordinator == nil ? 0 : 1) { _ in
                .propose(role: role, proposal: .coordinator)
            }
    }

    /// Starting the programme, or putting `role`'s couplings in it (`appendProgrammeProposals`).
    private func walkProgrammeProposals(_ role: Int, _ walk: inout CandidateWalk) -> Bool {
        guard let rules = spec.programme else { return false }
        guard hasProgramme else {
            return walk.take(1) { _ in .propose(role: role, proposal: .programme) }
        }
        let first = state.round
        let last = Swift.min(spec.rounds - 1, first + rules.horizon)
        guard last >= first else { return false }
        let couplings = spec.couplings
        for coupling in couplings.indices
        where couplings[coupling].projects.contains(where: { spec.projects[$0].owner == role }) {
            let found = walk.take(last - first + 1) { place in
                .propose(
                    role: role,
                    proposal: .programmeCoupling(coupling: coupling, round: first + place))
            }
            if found { return true }
        }
        return false
    }

    /// Both answers to every open proposal, then every option of every open dilemma.
    private func walkAnswersAndChoices(_ role: Int, _ walk: inout CandidateWalk) -> Bool {
        for (number, proposal) in state.proposals.enumerated() where proposal.accepted == nil {
            let found = walk.take(2) { place in
                .respond(role: role, proposal: number + 1, accept: place == 0)
            }
            if found { return true }
        }
        let dilemmas = spec.dilemmas
        for dilemma in dilemmas.indices where state.dilemmas[dilemma].isOpen {
            let found = walk.take(dilemmas[dilemma].options.count) { option in
                .choose(role: role, dilemma: dilemma, option: option)
            }
            if found { return true }
        }
        return false
    }

    /// Meetings with every other role and the sharing of each planned project of `role`,
    /// where the game has them.
    private func walkAcquaintance(_ role: Int, _ walk: inout CandidateWalk) -> Bool {
        if spec.trust.meet != 0 {
            let found = walk.take(spec.roles.count - 1) { place in
                .meet(role: role, with: place < role ? place : place + 1)
            }
            if found { return true }
        }
        guard spec.trust.shareProject != nil else { return false }
        for project in spec.ownedProjects(of: role) where state.projects[project].phase == .planned
        {
            if walk.take(1, { _ in .shareProject(role: role, project: project) }) { return true }
        }
        return false
    }
}
