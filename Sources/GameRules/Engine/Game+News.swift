extension Game {
    /// The news phase: dilemmas open, then events fire in definition order.
    mutating func runNews(_ told: inout [ToldEvent]) {
        for dilemma in spec.dilemmas.indices where !state.dilemmas[dilemma].isOpen {
            let scheduled = spec.dilemmas[dilemma].opensInRound == state.round
            let again = spec.dilemmas[dilemma].repeats && state.dilemmas[dilemma].decisions > 0
            if scheduled || again { openDilemma(dilemma, &told) }
        }
        for event in spec.events.indices where isEligible(event) {
            if state.random.chance(spec.events[event].chance) { fire(event, &told) }
        }
    }

    private func isEligible(_ event: Int) -> Bool {
        // The event's rules are read in place (a copy retained every field of them).
        if state.fired[event] > 0 && !spec.events[event].repeatable { return false }
        if let round = spec.events[event].round, round != state.round { return false }
        if let condition = spec.events[event].condition, !condition.isTrue(in: self) {
            return false
        }
        return true
    }

    /// Makes an event happen: its effects, its dilemma and the projects it forces.
    mutating func fire(_ event: Int, _ told: inout [ToldEvent]) {
        state.fired[event] += 1
        tell(ToldEvent(.eventFired(event: event)), &told)
        applyEffects(spec.events[event].effects, telling: &told)
        if let dilemma = spec.events[event].opensDilemma, !state.dilemmas[dilemma].isOpen {
            openDilemma(dilemma, &told)
        }
        for project in spec.events[event].forcesProjects {
            let phase = state.projects[project].phase
            guard phase == .idle || phase == .planned else { continue }
            state.projects[project].forced = true
            start(project, &told)
        }
    }

    mutating func openDilemma(_ dilemma: Int, _ told: inout [ToldEvent]) {
        let rounds = spec.dilemmas[dilemma].rounds
        let choosers = spec.dilemmas[dilemma].choosers.count
        state.dilemmas[dilemma].isOpen = true
        state.dilemmas[dilemma].extended = false
        state.dilemmas[dilemma].deadline = state.round + Swift.max(1, rounds) - 1
        if state.dilemmas[dilemma].choices.count == choosers {
            state.dilemmas[dilemma].choices.resetAll(to: nil)
        } else {
            state.dilemmas[dilemma].choices = Array(repeating: nil, count: choosers)
        }
        tell(ToldEvent(.dilemmaOpened(dilemma: dilemma)), &told)
    }
}
