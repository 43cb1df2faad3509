import GameRules

/// The moves of a cooperative player, limited to the partners it is willing to work with.
///
/// It answers dilemmas for the common good, accepts fair proposals, aligns and plans its
/// projects, pays its fair share into funds, commits to what it can pay, shares its plans,
/// and proposes couplings, joint projects, fund spending and higher forms.
struct CooperationPolicy: Sendable {
    /// The round the contributions below belong to.
    private var paidRound = -1
    /// What the role paid into each fund in `paidRound`.
    private var paid: [Int: Int] = [:]
    /// The last round in which the role proposed a change of form.
    private var formProposedRound = -1
    /// The last round in which the role proposed an agreement or the coordinator.
    private var instrumentRound = -1
    /// Projects for which the role already asked for fund money.
    private var fundingAsked: Set<Int> = []
    /// The last round in which the role met another on purpose (at most one meeting a year).
    private var metRound = -1

    /// The next move, given who the role is willing to work with and whether it pays into
    /// funds now.
    mutating func choose(
        _ decision: Decision, random: inout SeededGenerator, willing: (Int) -> Bool,
        paysIntoFunds: Bool,
        generousDilemmas: Bool
    ) -> Action {
        let role = decision.role
        let spec = decision.spec
        if paidRound != decision.round {
            paidRound = decision.round
            paid = [:]
        }
        if let dilemma = DilemmaJudge.pending(decision) {
            let option =
                generousDilemmas
                ? DilemmaJudge.cooperativeOption(decision, dilemma: dilemma, seed: random.next())
                : DilemmaJudge.selfishOption(decision, dilemma: dilemma, seed: random.next())
            return .choose(role: role, dilemma: dilemma, option: option)
        }
        // Built only now: the judge plays on its own copies and never reads the view.
        let view = decision.view
        if let answer = respond(decision, view: view, willing: willing) { return answer }
        let reserve = paysIntoFunds ? owedContributions(spec: spec, role: role) : 0
        let planner = ProjectPlanner(
            reserve: reserve, respectsGraafrust: true, waitsForCouplings: true,
            spendsEarmarks: true)
        if let align = alignCoupling(decision, view: view, planner: planner, willing: willing) {
            return align
        }
        if let move = InstrumentPolicy.keepGraafrust(decision, planner: planner) { return move }
        if let plan = planner.nextPlan(decision, view: view) { return plan }
        if paysIntoFunds, let pay = contribution(decision) { return pay }
        if let promise = commitment(decision, view: view) { return promise }
        if let share = sharing(decision, view: view, willing: willing) { return share }
        if metRound != decision.round,
            let meeting = AcquaintancePolicy.meeting(
                decision, view: view, reserve: reserve, willing: willing)
        {
            metRound = decision.round
            return meeting
        }
        if let proposal = proposal(decision, view: view, willing: willing) { return proposal }
        return .ready(role: role)
    }

    private func owedContributions(spec: GameSpec, role: Int) -> Double {
        var owed = 0.0
        // The funds read in place (enumerating them copied each one whole).
        let funds = spec.funds
        for index in funds.indices where funds[index].members.contains(role) {
            owed += max(0, funds[index].fairShare(of: role) - Double(paid[index] ?? 0))
        }
        return owed
    }

    private func respond(_ decision: Decision, view: RoleView, willing: (Int) -> Bool) -> Action? {
        let role = decision.role
        let spec = decision.spec
        if let number = decision.firstAcceptableProposal {
            let proposal = view.proposals[number - 1]
            var accept = willing(proposal.from)
            switch proposal.kind {
            case .form(let form):
                let forms = spec.forms
                accept = form > view.form && forms[form].minGroupTrust <= view.groupTrust
            case .jointProject(let project):
                let projects = spec.projects
                let share = projects[project].cost / Double(projects[project].payerCount)
                accept = accept && (spec.allowDebt || (view.budgets[role] ?? 0) >= share)
            case .agreement(let agreement):
                accept = accept && InstrumentPolicy.signs(agreement, decision: decision)
            case .coordinator:
                accept = accept && InstrumentPolicy.hires(decision: decision)
            case .coupling(let coupling):
                accept =
                    accept
                    && PlanFixingPolicy.worthCoupling(coupling, role: role, spec: spec, view: view)
            case .programme:
                accept = accept && ProgrammePolicy.joins(decision: decision)
            case .programmeCoupling(let coupling, let round):
                accept = accept && ProgrammePolicy.keeps(coupling, round, decision: decision)
            case .fundSpending:
                break
            }
            return .respond(role: role, proposal: number, accept: accept)
        }
        return nil
    }

    /// Moves a project of its own in a declared coupling to the round its partner planned (one
    /// at a time, so a coupling with two of its projects gets both).
    private func alignCoupling(
        _ decision: Decision, view: RoleView, planner: ProjectPlanner, willing: (Int) -> Bool
    ) -> Action? {
        let spec = decision.spec
        let role = decision.role
        let couplings = spec.couplings
        let projects = spec.projects
        for index in couplings.indices
        where !view.couplingMade[index] && !view.couplingAgreed[index] {
            guard
                let theirs = couplings[index].projects.first(where: {
                    projects[$0].owner != role
                }),
                willing(projects[theirs].owner),
                view.projects[theirs].phase == .planned,
                let round = view.projects[theirs].plannedRound,
                let mine = couplings[index].projects.first(where: {
                    projects[$0].owner == role
                        && (view.projects[$0].phase == .idle
                            || view.projects[$0].plannedRound != round)
                })
            else { continue }
            // Every test is pure: the rules, the dearest, are asked last.
            if let held = ProjectPlanner.programmedRound(mine, spec: spec, view: view),
                held != round, held >= decision.round
            {
                continue
            }
            if projects[mine].digs,
                InstrumentPolicy.breaksAgreedGraafrust(
                    district: projects[mine].district, round: round, spec: spec, view: view)
            {
                continue
            }
            let cost = ProjectPlanner.share(of: mine, spec: spec, view: view)
            let already = view.projects[mine].phase == .planned ? cost : 0
            let action = Action.plan(role: role, project: mine, round: round)
            if planner.canAfford(
                cost - already, in: round, role: role, spec: spec, view: view, now: decision.round),
                decision.allows(action)
            {
                return action
            }
        }
        return nil
    }

    private mutating func contribution(_ decision: Decision) -> Action? {
        let role = decision.role
        // The funds read in place (enumerating them copied each one whole).
        let funds = decision.spec.funds
        for index in funds.indices where funds[index].members.contains(role) {
            let owed = funds[index].fairShare(of: role) - Double(paid[index] ?? 0)
            var best: Int?
            for amount in decision.spec.moneySteps
            where amount > (best ?? 0) && Double(amount) <= owed + 0.000_001
                && decision.allowsCandidate(.contribute(role: role, fund: index, amount: amount))
            {
                best = amount
            }
            if let amount = best {
                paid[index, default: 0] += amount
                return .contribute(role: role, fund: index, amount: amount)
            }
        }
        return nil
    }

    /// A promise for a project planned for this round that the role can pay now.
    private func commitment(_ decision: Decision, view: RoleView) -> Action? {
        let role = decision.role
        let spec = decision.spec
        let budget = view.budgets[role] ?? 0
        let due = ProjectPlanner.committed(upTo: decision.round, role: role, spec: spec, view: view)
        guard spec.allowDebt || due <= budget + 0.000_001 else { return nil }
        let projects = spec.projects
        for index in projects.indices where projects[index].owner == role {
            guard view.projects[index].plannedRound == decision.round else { continue }
            // A commitment the rules accept is one of the candidates: its project is planned.
            let action = Action.commit(role: role, project: index)
            if decision.allowsCandidate(action) { return action }
        }
        return nil
    }

    private mutating func proposal(_ decision: Decision, view: RoleView, willing: (Int) -> Bool)
        -> Action?
    {
        let role = decision.role
        let spec = decision.spec
        // Couplings, then joint projects: the order of the candidates (`Game.candidateActions`),
        // each checked alone only when it would be made.
        let couplings = spec.couplings
        let projects = spec.projects
        for coupling in couplings.indices
        where CooperationPolicy.mayPropose(coupling, role: role, spec: spec, view: view)
            && CooperationPolicy.partnersWilling(coupling, role: role, spec: spec, willing: willing)
            && PlanFixingPolicy.worthCoupling(coupling, role: role, spec: spec, view: view)
        {
            let action = Action.propose(role: role, proposal: .coupling(coupling))
            if decision.allows(action) { return action }
        }
        for project in projects.indices
        where projects[project].owner == role
            && !projects[project].partners.isEmpty
            && projects[project].partners.allSatisfy(willing)
        {
            let action = Action.propose(role: role, proposal: .jointProject(project))
            if decision.allows(action) { return action }
        }
        if instrumentRound != decision.round,
            let instrument = InstrumentPolicy.proposal(decision, willing: willing)
        {
            instrumentRound = decision.round
            return instrument
        }
        if let programme = ProgrammePolicy.proposal(decision, willing: willing) {
            return programme
        }
        if let funding = fundRequest(decision, view: view) { return funding }
        if formProposedRound != decision.round {
            let higher = Action.propose(role: role, proposal: .form(view.form + 1))
            if CooperationPolicy.othersWilling(role, spec: spec, willing: willing)
                && decision.allows(higher)
            {
                formProposedRound = decision.round
                return higher
            }
        }
        return nil
    }

    /// Whether the rules could let `role` propose `coupling`, by what they check first and
    /// the view shows alike: the role owns a project of it, every such project is planned
    /// or running, and the coupling is neither made nor agreed. (False only where
    /// `Decision.allows` is false: a cheap filter before the proposal is checked.)
    static func mayPropose(_ coupling: Int, role: Int, spec: GameSpec, view: RoleView) -> Bool {
        guard !view.couplingMade[coupling], !view.couplingAgreed[coupling] else { return false }
        // The coupling's projects are walked in place: looping over the couplings with
        // `for in` would copy each one whole (its texts and effects) to read one field.
        let projects = spec.projects
        let couplings = spec.couplings
        var owns = false
        let ready = couplings[coupling].projects.allSatisfy { project in
            guard projects[project].owner == role else { return true }
            owns = true
            let phase = view.projects[project].phase
            return phase == .planned || phase == .running
        }
        return ready && owns
    }

    /// Whether `role` is willing to work with every other role.
    static func othersWilling(_ role: Int, spec: GameSpec, willing: (Int) -> Bool) -> Bool {
        for other in spec.roles.indices where other != role && !willing(other) { return false }
        return true
    }

    /// Whether `role` is willing to work with every other owner of a project of `coupling`.
    static func partnersWilling(
        _ coupling: Int, role: Int, spec: GameSpec, willing: (Int) -> Bool
    ) -> Bool {
        let projects = spec.projects
        let couplings = spec.couplings
        return couplings[coupling].projects.allSatisfy { project in
            let owner = projects[project].owner
            return owner == role || willing(owner)
        }
    }

    /// Asks a fund for up to half the cost of a project it starts this round.
    private mutating func fundRequest(_ decision: Decision, view: RoleView) -> Action? {
        let role = decision.role
        let spec = decision.spec
        let projects = spec.projects
        // Requests are made for own projects only (the candidates); the largest legal one is
        // found for each project that starts now, not for every project first.
        for index in projects.indices
        where projects[index].owner == role && view.projects[index].plannedRound == decision.round
            && !fundingAsked.contains(index)
        {
            guard let request = largestRequest(for: index, decision: decision) else { continue }
            fundingAsked.insert(index)
            return request
        }
        return nil
    }

    /// The legal fund request for `project` with the largest amount up to half its cost (the
    /// first such among the candidates, whose order is fund by fund, amount by amount).
    private func largestRequest(for project: Int, decision: Decision) -> Action? {
        let spec = decision.spec
        let projects = spec.projects
        let half = projects[project].cost / 2
        var best: (action: Action, amount: Int)?
        for fund in spec.funds.indices {
            for amount in spec.moneySteps
            where Double(amount) <= half && amount > best?.amount ?? 0 {
                let kind = ProposalKind.fundSpending(fund: fund, project: project, amount: amount)
                let action = Action.propose(role: decision.role, proposal: kind)
                if decision.allows(action) { best = (action, amount) }
            }
        }
        return best?.action
    }

    /// Shares all its plans; where the game shares per project and the role is not willing
    /// to work with everyone, only the plans of couplings with partners it is willing with.
    /// Where moving a shown plan costs trust, it shares only in an open phase, once its plans
    /// are aligned, instead of while planning in secret.
    private func sharing(_ decision: Decision, view: RoleView, willing: (Int) -> Bool) -> Action? {
        let role = decision.role
        let spec = decision.spec
        if spec.trust.changeSharedPlan != 0, spec.phases[view.phase].secret { return nil }
        let everyone = spec.roles.indices.allSatisfy { $0 == role || willing($0) }
        if everyone || spec.trust.shareProject == nil {
            return decision.allowsCandidate(.share(role: role)) ? .share(role: role) : nil
        }
        return AcquaintancePolicy.projectToShare(decision, view: view, willing: willing)
    }
}
