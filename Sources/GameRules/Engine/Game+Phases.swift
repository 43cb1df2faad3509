extension Game {
    /// Ends the current phase and runs automatic phases until roles must act or the game ends.
    mutating func finishPhase(_ told: inout [ToldEvent]) {
        guard !isOver else { return }
        state.ready.resetAll(to: false)
        state.actionsThisPhase.resetAll(to: 0)
        state.proposalsThisPhase.resetAll(to: 0)
        state.answerDue.resetAll(to: false)
        state.phase += 1
        if state.phase == spec.phases.count {
            state.phase = 0
            guard startNextRound(&told) else { return }
        }
        enterPhase(&told)
    }

    /// Tells the new phase and runs it; automatic phases finish themselves.
    mutating func enterPhase(_ told: inout [ToldEvent]) {
        while !isOver {
            tell(ToldEvent(.phaseStarted(phase: state.phase)), &told)
            switch phase.kind {
            case .news: runNews(&told)
            case .decision: runDecision(&told)
            case .execution: runExecution(&told)
            case .review: runReview(&told)
            case .planning, .table: return
            }
            guard !isOver else { return }
            state.phase += 1
            if state.phase == spec.phases.count {
                state.phase = 0
                guard startNextRound(&told) else { return }
            }
        }
    }

    /// Moves to the next round, or ends the game after the last one; true if play goes on.
    private mutating func startNextRound(_ told: inout [ToldEvent]) -> Bool {
        if state.round + 1 >= spec.rounds {
            end(.completed, &told)
            return false
        }
        state.round += 1
        state.shared.resetAll(to: false)
        if spec.trust.meet != 0 { state.met.resetAll(to: false) }
        if !state.proposals.isEmpty { state.proposals = [] }
        tell(ToldEvent(.roundStarted(round: state.round)), &told)
        // Each role's income read in place (enumerating the roles copied each one whole).
        for role in spec.roles.indices where spec.roles[role].income != 0 {
            let income = spec.roles[role].income
            setBudget(role, state.budgets[role] + income)
            tell(ToldEvent(.income(role: role, amount: income), to: .role(role)), &told)
        }
        renewEarmarks()
        return true
    }

    /// Ends the game with `outcome`.
    mutating func end(_ outcome: Outcome, _ told: inout [ToldEvent]) {
        state.outcome = outcome
        if outcome == .collectiveLoss { tell(ToldEvent(.collectiveLoss), &told) }
        tell(ToldEvent(.gameEnded), &told)
    }
}
