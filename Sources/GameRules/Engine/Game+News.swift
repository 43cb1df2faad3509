extension Game {
    /// The news phase: dilemmas open, then events fire in definition order.
    mutating func runNews(_ told: inout [ToldEvent]) {
        for dilemma in spec.dilemmas.indices where !state.dilemmas[dilemma].isOpen {
            let rules = spec.dilemmas[dilemma]
            let scheduled = rules.opensInRound == state.round
            let again = rules.repeats && state.dilemmas[dilemma].decisions > 0
            if scheduled || again { openDilemma(dilemma, &told) }
        }
        for event in spec.events.indices where isEligible(event) {
            if state.random.chance(spec.events[event].chance) { fire(event, &told) }
        }
    }

    private func isEligible(_ event: Int) -> Bool {
        let rules = spec.events[event]
        if state.fired[event] > 0 && !rules.repeatable { return false }
        if let round = rules.round, round != state.round { return false }
        if let condition = rules.condition, !condition.isTrue(in: self) { return false }
        return true
    }

    /// Makes an event happen: its effects, its dilemma and the projects it forces.
    mutating func fire(_ event: Int, _ told: inout [ToldEvent]) {
        let rules = spec.events[event]
        state.fired[event] += 1
        told.append(ToldEvent(.eventFired(event: event)))
        applyEffects(rules.effects, telling: &told)
        if let dilemma = rules.opensDilemma, !state.dilemmas[dilemma].isOpen {
            openDilemma(dilemma, &told)
        }
        for project in rules.forcesProjects {
            let phase = state.projects[project].phase
            guard phase == .idle || phase == .planned else { continue }
            state.projects[project].forced = true
            start(project, &told)
        }
    }

    mutating func openDilemma(_ dilemma: Int, _ told: inout [ToldEvent]) {
        let rules = spec.dilemmas[dilemma]
        state.dilemmas[dilemma].isOpen = true
        state.dilemmas[dilemma].extended = false
        state.dilemmas[dilemma].deadline = state.round + Swift.max(1, rules.rounds) - 1
        if state.dilemmas[dilemma].choices.count == rules.choosers.count {
            state.dilemmas[dilemma].choices.resetAll(to: nil)
        } else {
            state.dilemmas[dilemma].choices = Array(repeating: nil, count: rules.choosers.count)
        }
        told.append(ToldEvent(.dilemmaOpened(dilemma: dilemma)))
    }
}
