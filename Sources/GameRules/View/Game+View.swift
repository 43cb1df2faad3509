extension Game {
    /// What `viewer` may see now; nil is the facilitator, who sees everything.
    public func view(for viewer: Int?) -> RoleView {
        var view = RoleView.blank
        updateView(&view, for: viewer)
        return view
    }

    /// Makes `view` what `view(for: viewer)` returns now, whatever it held before.
    ///
    /// Its arrays are written in place where the view holds the only reference to them, so a
    /// caller that keeps a role's view from one decision to the next (a table of bots) sees
    /// the game without allocating a new view every time.
    public func updateView(_ view: inout RoleView, for viewer: Int?) {
        view.makeUnique()
        // The fields themselves, written without an accessor (and its check) per field.
        update(&view.box.fields, for: viewer)
    }

    private func update(_ view: inout RoleViewFields, for viewer: Int?) {
        let roles = spec.roles.count
        view.viewer = viewer
        view.round = state.round
        view.phase = state.phase
        view.activeRole = activeRole
        view.form = state.form
        view.pendingForm = state.pendingForm
        view.paused = state.paused
        view.outcome = state.outcome
        Self.fill(&view.budgets, count: roles) {
            sees(privateOf: $0, viewer) ? state.budgets[$0] : nil
        }
        view.funds = state.funds
        if view.trust.count != roles { view.trust = Array(repeating: [], count: roles) }
        for from in 0..<roles {
            Self.fill(&view.trust[from], count: roles) { to in
                viewer == nil || from == viewer || to == viewer ? state.trust(from, to) : nil
            }
        }
        view.groupTrust = groupTrust
        view.variables = state.variables
        view.nuisance = state.nuisance
        view.slotsUsed = state.slotsUsed
        updateProjectViews(&view.projects, for: viewer)
        view.shared = state.shared
        view.proposals = state.proposals
        view.commitments = state.commitments
        updateDilemmaViews(&view.dilemmas, for: viewer)
        view.fired = state.fired
        view.openings = state.openings
        view.couplingMade = state.couplingMade
        view.couplingMissed = state.couplingMissed
        view.couplingAgreed = state.couplingAgreed
        view.jointAgreed = state.jointAgreed
        Self.fill(&view.goalsReached, count: roles) {
            sees(privateOf: $0, viewer) ? state.goalsReached[$0] : nil
        }
        view.sharedGoalsReached = state.sharedGoalsReached
        view.ready = state.ready
        view.history = state.history
        view.agreement = state.agreement
        view.agreementRound = state.agreementRound
        view.coordinator = hasCoordinator ? true : nil
        view.programme = state.programme
        if let earmarked = state.earmarked {
            var seen = view.earmarked ?? []
            view.earmarked = nil
            Self.fill(&seen, count: roles) { sees(privateOf: $0, viewer) ? earmarked[$0] : nil }
            view.earmarked = seen
        } else {
            view.earmarked = nil
        }
        updateKnownGoals(&view.knownGoals, for: viewer)
    }

    /// Sets `array` to `count` values made by `make`, written in place when it has that many.
    private static func fill<Element>(
        _ array: inout [Element], count: Int, _ make: (Int) -> Element
    ) {
        guard array.count == count else {
            array = (0..<count).map(make)
            return
        }
        // Through the buffer: a write by subscript checked the array's uniqueness each time.
        array.withUnsafeMutableBufferPointer { buffer in
            for index in 0..<count { buffer[index] = make(index) }
        }
    }

    private func updateDilemmaViews(_ views: inout [DilemmaView], for viewer: Int?) {
        guard views.count == spec.dilemmas.count else {
            views = spec.dilemmas.indices.map { dilemmaView($0, for: viewer) }
            return
        }
        // The state and rules of each dilemma are read in place: a copy of either retained
        // its arrays.
        for dilemma in views.indices {
            let isOpen = state.dilemmas[dilemma].isOpen
            let open = !spec.dilemmas[dilemma].secret || !isOpen
            views[dilemma].isOpen = isOpen
            views[dilemma].deadline = state.dilemmas[dilemma].deadline
            Self.fill(&views[dilemma].choices, count: spec.dilemmas[dilemma].choosers.count) {
                slot in
                viewer == nil || viewer == spec.dilemmas[dilemma].choosers[slot] || open
                    ? state.dilemmas[dilemma].choices[slot] : nil
            }
            Self.fill(&views[dilemma].hasChosen, count: state.dilemmas[dilemma].choices.count) {
                state.dilemmas[dilemma].choices[$0] != nil
            }
            views[dilemma].decided = state.dilemmas[dilemma].decided
        }
    }

    /// Per role, the goals meetings revealed to `viewer` (to anyone, for the facilitator);
    /// nil in a game without meetings.
    private func updateKnownGoals(_ known: inout [[Int]]?, for viewer: Int?) {
        guard spec.trust.meet != 0 else {
            known = nil
            return
        }
        guard let viewer else {
            known = spec.roles.indices.map { role in
                Array(Set(state.revealedGoals.filter { $0.role == role }.map(\.goal))).sorted()
            }
            return
        }
        var lists = known ?? []
        known = nil
        if lists.count != spec.roles.count { lists = Array(repeating: [], count: spec.roles.count) }
        for role in lists.indices {
            lists[role].removeAll(keepingCapacity: true)
            for revealed in state.revealedGoals where revealed.to == viewer && revealed.role == role
            {
                lists[role].append(revealed.goal)
            }
        }
        known = lists
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
        // The form's fields read in place (a copy retained its texts for every project).
        switch spec.forms[state.form].visibility {
        case .all: return true
        case .shared: return false
        case .horizon:
            guard let round = state.projects[project].plannedRound else { return false }
            return round - state.round < spec.forms[state.form].horizon
        }
    }

    /// Makes `views` the view of every project, written in place when it has one per project.
    private func updateProjectViews(_ views: inout [ProjectView], for viewer: Int?) {
        // Every project's state is read through one buffer, field by field (a copy of a
        // project's state retained its fund grants).
        state.projects.withUnsafeBufferPointer { projects in
            Self.fill(&views, count: projects.count) { project in
                let phase = projects[project].phase
                // Only a planned project's plan can be hidden.
                let hidden = phase == .planned && !seesPlan(of: project, by: viewer)
                return ProjectView(
                    phase: hidden ? .idle : phase,
                    plannedRound: hidden ? nil : projects[project].plannedRound,
                    startedRound: projects[project].startedRound,
                    deadlineMissed: projects[project].deadlineMissed,
                    fixedSince: hidden || phase != .planned ? nil : projects[project].fixedSince)
            }
        }
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
