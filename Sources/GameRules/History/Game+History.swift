extension Game {
    /// Appends the public acts among `told` to the state's history. `round` is the round
    /// the events began in; a `roundStarted` among them moves the entries after it on.
    ///
    /// Plans shared in a secret phase are seen only when an open phase begins, so they enter
    /// the history then, with the plans of that moment.
    mutating func recordHistory(_ told: [ToldEvent], round: Int) {
        guard keepsRecords else { return }
        var round = round
        // The events are read in place: a copy of each retained its arrays and strings.
        for index in told.indices where told[index].audience == .everyone {
            switch told[index].event {
            case .roundStarted(let next):
                round = next
            case .shared where phase.secret:
                continue
            case .phaseStarted(let started)
            where spec.phases[started].kind.isInteractive && !spec.phases[started].secret:
                for role in spec.roles.indices
                where state.shared[role] && !sharedEntered(role, round: round) {
                    state.history.append(HistoryEntry(round: round, act: shared(role)))
                }
            default:
                if let act = publicAct(told[index].event) {
                    state.history.append(HistoryEntry(round: round, act: act))
                }
            }
        }
    }

    /// Drops the public history of the rounds before the current one, for a copy that only
    /// looks ahead: the rules read no earlier entry, so the copy plays on exactly as the
    /// game would, and its moves append to a short history instead of copying the long one.
    public mutating func forgetPastHistory() {
        let round = state.round
        var first = state.history.endIndex
        while first > state.history.startIndex, state.history[first - 1].round >= round {
            first -= 1
        }
        guard first > state.history.startIndex else { return }
        state.history = Array(state.history[first...])
    }

    /// Makes this game a copy that only looks ahead: it drops its public history, records
    /// none from now on and tells no events (`apply` returns none; not even the year
    /// summary is made). The rules read neither, so it plays on exactly as the game would,
    /// for a lookahead that only values where play leads (never a strategy that reads the
    /// history or the events).
    public mutating func lookAheadOnly() {
        state.history = []
        keepsRecords = false
    }

    /// Whether the history already has `role`'s sharing in `round`.
    private func sharedEntered(_ role: Int, round: Int) -> Bool {
        for entry in state.history.reversed() {
            guard entry.round == round else { return false }
            if case .shared(role, _) = entry.act { return true }
        }
        return false
    }

    /// `role` sharing its plans: its planned projects now.
    private func shared(_ role: Int) -> PublicAct {
        var plans: [SharedPlan] = []
        let projects = spec.projects
        for index in projects.indices where projects[index].owner == role {
            let status = state.projects[index]
            guard status.phase == .planned, let round = status.plannedRound else { continue }
            plans.append(SharedPlan(project: index, round: round))
        }
        return .shared(role: role, plans: plans)
    }

    /// The public act an event tells, if it tells one.
    private func publicAct(_ event: GameEvent) -> PublicAct? {
        switch event {
        case .shared(let role): return shared(role)
        case .proposed(let number):
            guard state.proposals.indices.contains(number - 1) else { return nil }
            let proposal = state.proposals[number - 1]
            return .proposed(
                role: proposal.from, number: number, kind: proposal.kind,
                concerned: proposal.concerned)
        case .responded(let role, let proposal, let accept):
            return .responded(role: role, proposal: proposal, accept: accept)
        case .proposalAccepted(let proposal): return .settled(proposal: proposal, accepted: true)
        case .proposalRejected(let proposal): return .settled(proposal: proposal, accepted: false)
        case .committed(let role, let project, let round):
            return .promised(role: role, project: project, round: round)
        case .commitmentKept(let role, let project):
            return .promiseKept(role: role, project: project)
        case .commitmentBroken(let role, let project):
            return .promiseBroken(role: role, project: project)
        case .contributed(let role, let fund, let amount):
            return .contributed(role: role, fund: fund, amount: amount)
        case .transferred(let role, let to, let amount):
            return .transferred(role: role, to: to, amount: amount)
        case .dilemmaDecided(let dilemma, let choices):
            return .dilemmaDecided(dilemma: dilemma, choices: choices)
        case .dilemmaDefaulted(let dilemma): return .dilemmaDefaulted(dilemma: dilemma)
        default: return nil
        }
    }
}
