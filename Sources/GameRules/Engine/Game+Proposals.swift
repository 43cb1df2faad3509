extension Game {
    /// The roles whose answer a proposal needs, besides the proposer.
    func concernedRoles(_ kind: ProposalKind, from role: Int) -> [Int] {
        switch kind {
        case .coupling(let coupling):
            let owners = spec.couplings[coupling].projects.map { spec.projects[$0].owner }
            return uniqueRoles(owners, except: role)
        case .jointProject(let project):
            return uniqueRoles(spec.projects[project].partners, except: role)
        case .form, .agreement, .coordinator:
            return uniqueRoles(Array(spec.roles.indices), except: role)
        case .programme:
            return uniqueRoles(Array(spec.roles.indices), except: role)
        case .programmeCoupling(let coupling, _):
            return uniqueRoles(uniqueOwners(of: coupling), except: role)
        case .fundSpending(let fund, _, _):
            return uniqueRoles(spec.funds[fund].members, except: role)
        }
    }

    private func uniqueRoles(_ roles: [Int], except role: Int) -> [Int] {
        var seen: [Int] = []
        for other in roles where other != role && !seen.contains(other) { seen.append(other) }
        return seen
    }

    /// The round in which a project can take part in a coupling: its planned round, or this
    /// round when it started now (forced by an event, or in another coupling made this round).
    func couplingRound(of project: Int) -> Int? {
        // Read field by field: a copy of the project's state retained its fund grants.
        let phase = state.projects[project].phase
        if phase == .planned { return state.projects[project].plannedRound }
        if phase == .running, state.projects[project].startedRound == state.round {
            return state.round
        }
        return nil
    }

    /// Why a proposal would be refused now, or nil.
    func checkProposal(_ role: Int, _ kind: ProposalKind) -> Rejection? {
        guard state.proposalsThisPhase[role] < Game.proposalLimit else {
            return Rejection(.tooManyProposals, .count(Game.proposalLimit))
        }
        let open = state.proposals.contains { $0.kind == kind && $0.accepted == nil }
        if open { return Rejection(.duplicateProposal) }
        switch kind {
        case .coupling(let coupling): return checkCouplingProposal(role, coupling)
        case .jointProject(let project): return checkJointProposal(role, project)
        case .form(let form):
            guard spec.forms.indices.contains(form) else {
                return Rejection(.unknownForm, .form(form))
            }
            guard form != state.form else {
                return Rejection(.alreadyInForm, .form(form))
            }
            let needed = spec.forms[form].minGroupTrust
            guard groupTrust >= needed else {
                return Rejection(.trustTooLow, .trust(groupTrust), .trust(needed))
            }
            return nil
        case .agreement(let agreement): return checkAgreementProposal(agreement)
        case .coordinator: return checkCoordinatorProposal()
        case .programme: return checkProgrammeStart()
        case .programmeCoupling(let coupling, let round):
            return checkProgrammeCoupling(role, coupling, round)
        case .fundSpending(let fund, let project, let amount):
            guard spec.funds.indices.contains(fund) else {
                return Rejection(.unknownFund, .fund(fund))
            }
            guard spec.projects.indices.contains(project) else {
                return Rejection(.unknownProject, .project(project))
            }
            // Owner and partners read in place (`payers` makes an array on every check).
            guard
                spec.projects[project].owner == role
                    || spec.projects[project].partners.contains(role)
            else {
                return Rejection(
                    .notOwner, .project(project), .role(spec.projects[project].owner))
            }
            guard state.projects[project].phase == .planned else {
                return Rejection(.notPlanned, .project(project))
            }
            guard amount > 0 else { return Rejection(.invalidAmount, .money(Double(amount))) }
            guard Double(amount) <= state.funds[fund] else {
                return Rejection(.fundTooSmall, .fund(fund), .money(state.funds[fund]))
            }
            return nil
        }
    }

    private func checkCouplingProposal(_ role: Int, _ coupling: Int) -> Rejection? {
        guard spec.couplings.indices.contains(coupling) else {
            return Rejection(.unknownCoupling, .coupling(coupling))
        }
        // The coupling's projects are read in place, and nothing is listed: bots check their
        // couplings at every decision.
        let projects = spec.couplings[coupling].projects
        guard projects.contains(where: { spec.projects[$0].owner == role }) else {
            return Rejection(.notConcerned, .coupling(coupling))
        }
        guard !state.couplingMade[coupling], !state.couplingAgreed[coupling] else {
            return Rejection(.duplicateProposal)
        }
        if let unplanned = projects.first(where: { couplingRound(of: $0) == nil }) {
            return Rejection(.notPlanned, .project(unplanned))
        }
        if let first = projects.first,
            let apart = projects.first(where: { couplingRound(of: $0) != couplingRound(of: first) })
        {
            return Rejection(.notPlanned, .project(apart))
        }
        let needed = spec.trust.couplingThreshold
        var lowest = 100.0
        // The first of the lowest, as `min()` of the list found it.
        for (index, project) in projects.enumerated() {
            let trust = mutualTrust(role, spec.projects[project].owner)
            if index == 0 || trust < lowest { lowest = trust }
        }
        if lowest < needed {
            return Rejection(.trustTooLow, .trust(lowest), .trust(needed))
        }
        return checkLateCoupling(coupling, for: role)
    }

    private func checkJointProposal(_ role: Int, _ project: Int) -> Rejection? {
        guard spec.projects.indices.contains(project) else {
            return Rejection(.unknownProject, .project(project))
        }
        let rules = spec.projects[project]
        guard !rules.partners.isEmpty else { return Rejection(.notJoint, .project(project)) }
        guard rules.owner == role else {
            return Rejection(.notOwner, .project(project), .role(rules.owner))
        }
        guard state.projects[project].phase == .planned else {
            return Rejection(.notPlanned, .project(project))
        }
        guard !state.jointAgreed[project] else { return Rejection(.duplicateProposal) }
        let needed = spec.trust.couplingThreshold
        for partner in rules.partners where mutualTrust(role, partner) < needed {
            return Rejection(.trustTooLow, .trust(mutualTrust(role, partner)), .trust(needed))
        }
        return nil
    }

    /// Why an answer to a proposal would be refused now, or nil.
    func checkResponse(_ role: Int, _ number: Int) -> Rejection? {
        guard state.proposals.indices.contains(number - 1) else {
            return Rejection(.unknownProposal, .proposal(number))
        }
        // The proposal's fields read in place (a copy of it retained its lists).
        guard state.proposals[number - 1].accepted == nil else {
            return Rejection(.unknownProposal, .proposal(number))
        }
        guard state.proposals[number - 1].from != role else { return Rejection(.ownProposal) }
        guard
            state.proposals[number - 1].concerned.contains(role)
                || spec.forms[state.form].decision == .vote
        else {
            return Rejection(.notConcerned, .proposal(number))
        }
        guard state.proposals[number - 1].answers[role] == nil else {
            return Rejection(.alreadyAnswered, .proposal(number))
        }
        return nil
    }

    mutating func propose(_ role: Int, _ kind: ProposalKind, _ told: inout [ToldEvent]) {
        let concerned = concernedRoles(kind, from: role)
        state.proposals.append(
            Proposal(from: role, kind: kind, concerned: concerned, roles: spec.roles.count))
        state.proposalsThisPhase[role] += 1
        tell(ToldEvent(.proposed(proposal: state.proposals.count)), &told)
        for other in concerned where state.ready[other] { state.answerDue[other] = true }
    }

    mutating func respond(_ role: Int, _ number: Int, _ accept: Bool, _ told: inout [ToldEvent]) {
        state.proposals[number - 1].answers[role] = accept
        tell(ToldEvent(.responded(role: role, proposal: number, accept: accept)), &told)
        if !accept {
            let from = state.proposals[number - 1].from
            setTrust(from, role, trust(from, role) + refusalTrustChange)
        }
    }

    /// Settles every open proposal by the current form's decision rule.
    mutating func settleProposals(_ told: inout [ToldEvent]) {
        for index in state.proposals.indices where state.proposals[index].accepted == nil {
            let proposal = state.proposals[index]
            let accepted = isAccepted(proposal) && checkStillPossible(proposal.kind)
            state.proposals[index].accepted = accepted
            guard accepted else {
                tell(ToldEvent(.proposalRejected(proposal: index + 1)), &told)
                continue
            }
            tell(ToldEvent(.proposalAccepted(proposal: index + 1)), &told)
            carryOut(proposal, &told)
        }
    }

    private func isAccepted(_ proposal: Proposal) -> Bool {
        let answers = proposal.concerned.map { proposal.answers[$0] }
        switch proposal.kind {
        case .form, .agreement, .coordinator: return answers.allSatisfy { $0 == true }
        case .programme, .programmeCoupling: return answers.allSatisfy { $0 == true }
        case .coupling, .jointProject, .fundSpending: break
        }
        switch spec.forms[state.form].decision {
        case .alone:
            return answers.allSatisfy { $0 == true }
        case .coordinator:
            return !answers.contains(false)
        case .vote:
            let yes = proposal.answers.filter { $0 == true }.count
            let no = proposal.answers.filter { $0 == false }.count
            return yes > no
        }
    }

    private func checkStillPossible(_ kind: ProposalKind) -> Bool {
        switch kind {
        case .fundSpending(let fund, let project, let amount):
            return Double(amount) <= state.funds[fund] && state.projects[project].phase == .planned
        case .coupling(let coupling):
            let rounds = spec.couplings[coupling].projects.map { couplingRound(of: $0) }
            return rounds.allSatisfy { $0 != nil } && Set(rounds).count == 1
                && lateCouplingAffordable(coupling)
        case .jointProject(let project):
            return state.projects[project].phase == .planned
        case .form:
            return true
        case .agreement(let agreement):
            return agreementStillPossible(agreement)
        case .coordinator:
            return checkCoordinatorProposal() == nil
        case .programme:
            return checkProgrammeStart() == nil
        case .programmeCoupling(let coupling, let round):
            return checkProgrammeCoupling(nil, coupling, round) == nil
        }
    }

    private mutating func carryOut(_ proposal: Proposal, _ told: inout [ToldEvent]) {
        switch proposal.kind {
        case .coupling(let coupling):
            state.couplingAgreed[coupling] = true
            chargeLateCoupling(coupling, &told)
        case .jointProject(let project):
            state.jointAgreed[project] = true
        case .form(let form):
            state.pendingForm = form
        case .agreement(let agreement):
            signAgreement(agreement, &told)
        case .coordinator:
            hireCoordinator(&told)
        case .programme:
            startProgramme(&told)
        case .programmeCoupling(let coupling, let round):
            programme(coupling, for: round, &told)
        case .fundSpending(let fund, let project, let amount):
            setFund(fund, state.funds[fund] - Double(amount))
            state.projects[project].fundMoney += Double(amount)
            state.projects[project].fundGrants[fund, default: 0] += Double(amount)
            tell(ToldEvent(.fundSpent(fund: fund, project: project, amount: Double(amount))), &told)
        }
    }
}
