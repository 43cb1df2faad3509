extension Game {
    /// What `viewer` may see now; nil is the facilitator, who sees everything.
    public func view(for viewer: Int?) -> RoleView {
        let roles = spec.roles.indices
        var view = RoleView(
            viewer: viewer, round: state.round, phase: state.phase, activeRole: activeRole,
            form: state.form, pendingForm: state.pendingForm, paused: state.paused,
            outcome: state.outcome,
            budgets: roles.map { sees(privateOf: $0, viewer) ? state.budgets[$0] : nil },
            funds: state.funds,
            trust: roles.map { from in
                roles.map { to in
                    viewer == nil || from == viewer || to == viewer ? state.trust(from, to) : nil
                }
            },
            groupTrust: groupTrust, variables: state.variables, nuisance: state.nuisance,
            slotsUsed: state.slotsUsed,
            projects: spec.projects.indices.map { projectView($0, for: viewer) },
            shared: state.shared, proposals: state.proposals, commitments: state.commitments,
            dilemmas: spec.dilemmas.indices.map { dilemmaView($0, for: viewer) },
            fired: state.fired, openings: state.openings, couplingMade: state.couplingMade,
            couplingMissed: state.couplingMissed, couplingAgreed: state.couplingAgreed,
            jointAgreed: state.jointAgreed,
            goalsReached: roles.map { sees(privateOf: $0, viewer) ? state.goalsReached[$0] : nil },
            sharedGoalsReached: state.sharedGoalsReached, ready: state.ready,
            history: state.history, agreement: state.agreement,
            agreementRound: state.agreementRound, coordinator: hasCoordinator ? true : nil)
        view.programme = state.programme
        if let earmarked = state.earmarked {
            view.earmarked = roles.map { sees(privateOf: $0, viewer) ? earmarked[$0] : nil }
        }
        if spec.trust.meet != 0 {
            view.knownGoals = roles.map { role in
                guard let viewer else {
                    return Array(Set(state.revealedGoals.filter { $0.role == role }.map(\.goal)))
                        .sorted()
                }
                return revealedGoals(of: role, to: viewer)
            }
        }
        return view
    }

    private func sees(privateOf role: Int, _ viewer: Int?) -> Bool {
        viewer == nil || viewer == role
    }

    /// Whether `viewer` may see the plan of `project` now.
    public func seesPlan(of project: Int, by viewer: Int?) -> Bool {
        let owner = spec.projects[project].owner
        if viewer == nil || viewer == owner { return true }
        // A fixed plan was adopted in public (*vastgesteld*): the whole table sees it.
        if isFixed(project) { return true }
        if phase.secret { return false }
        if state.shared[owner] || state.projects[project].shared || coordinatorShows(project) {
            return true
        }
        let form = spec.forms[state.form]
        switch form.visibility {
        case .all: return true
        case .shared: return false
        case .horizon:
            guard let round = state.projects[project].plannedRound else { return false }
            return round - state.round < form.horizon
        }
    }

    private func projectView(_ project: Int, for viewer: Int?) -> ProjectView {
        let status = state.projects[project]
        let hidden = status.phase == .planned && !seesPlan(of: project, by: viewer)
        return ProjectView(
            phase: hidden ? .idle : status.phase, plannedRound: hidden ? nil : status.plannedRound,
            startedRound: status.startedRound, deadlineMissed: status.deadlineMissed,
            fixedSince: hidden || status.phase != .planned ? nil : status.fixedSince)
    }

    private func dilemmaView(_ dilemma: Int, for viewer: Int?) -> DilemmaView {
        let status = state.dilemmas[dilemma]
        let choosers = spec.dilemmas[dilemma].choosers
        let open = !spec.dilemmas[dilemma].secret || !status.isOpen
        return DilemmaView(
            isOpen: status.isOpen, deadline: status.deadline,
            choices: zip(choosers, status.choices).map { role, choice in
                viewer == nil || viewer == role || open ? choice : nil
            },
            hasChosen: status.choices.map { $0 != nil }, decided: status.decided)
    }

    /// A copy of the game with what `role` cannot see replaced by guesses: others' hidden
    /// plans removed, others' secret choices not yet made, others' budgets estimated from
    /// their start and income (their earmarks as if unspent), trust between others set to the (public) group trust, and
    /// the generator reseeded. Search strategies plan on such copies.
    public func determinized(for role: Int, seed: UInt64) -> Game {
        var copy = self
        for project in spec.projects.indices where !seesPlan(of: project, by: role) {
            if copy.state.projects[project].phase == .planned {
                copy.state.projects[project].phase = .idle
                copy.state.projects[project].plannedRound = nil
            }
        }
        for other in spec.roles.indices where other != role {
            copy.state.budgets[other] =
                spec.roles[other].budget + spec.roles[other].income * Double(state.round)
            if let earmark = spec.roles[other].earmark, copy.state.earmarked != nil {
                let amount = Swift.min(earmark.amount(in: state.round), copy.state.budgets[other])
                copy.state.earmarked?[other] = amount
            }
        }
        for dilemma in spec.dilemmas.indices
        where spec.dilemmas[dilemma].secret && state.dilemmas[dilemma].isOpen {
            for (slot, chooser) in spec.dilemmas[dilemma].choosers.enumerated()
            where chooser != role {
                copy.state.dilemmas[dilemma].choices[slot] = nil
            }
        }
        let group = groupTrust
        for from in spec.roles.indices where from != role {
            for to in spec.roles.indices where to != role && to != from {
                copy.state.trust[from * spec.roles.count + to] = group
            }
        }
        copy.state.random = SeededGenerator(seed: seed)
        return copy
    }
}
