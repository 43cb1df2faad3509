extension Game {
    /// The decision phase: proposals are settled, then dilemmas decided or defaulted.
    mutating func runDecision(_ told: inout [ToldEvent]) {
        checkSharedPlansTerm(&told)
        settleProposals(&told)
        for dilemma in spec.dilemmas.indices where state.dilemmas[dilemma].isOpen {
            let choices = state.dilemmas[dilemma].choices
            let complete =
                spec.dilemmas[dilemma].anyone
                ? choices.contains { $0 != nil } : choices.allSatisfy { $0 != nil }
            if complete {
                decide(dilemma, defaulted: false, &told)
            } else if state.round >= state.dilemmas[dilemma].deadline,
                !extendHotPotato(dilemma, &told)
            {
                decide(dilemma, defaulted: true, &told)
            }
        }
    }

    /// Closes a dilemma: each choice's effects, the default's if it ran out, then outcomes.
    ///
    /// A dilemma that anyone may pick up is decided by the role that picked it up: its choice
    /// binds every role, and only its option's effects apply (with `self` that role).
    private mutating func decide(_ dilemma: Int, defaulted: Bool, _ told: inout [ToldEvent]) {
        let rules = spec.dilemmas[dilemma]
        let made = state.dilemmas[dilemma].choices
        let picker = rules.anyone ? made.firstIndex { $0 != nil } : nil
        let choices = made.map { picker.flatMap { made[$0] } ?? $0 ?? rules.defaultOption }
        state.dilemmas[dilemma].isOpen = false
        state.dilemmas[dilemma].decided = choices
        state.dilemmas[dilemma].decisions += 1
        told.append(ToldEvent(.dilemmaDecided(dilemma: dilemma, choices: choices)))
        for (slot, (chooser, option)) in zip(rules.choosers, choices).enumerated()
        where picker == nil || picker == slot {
            payCost(of: rules.options[option], chooser, &told)
            applyEffects(rules.options[option].effects(for: chooser), telling: &told)
        }
        if defaulted {
            told.append(ToldEvent(.dilemmaDefaulted(dilemma: dilemma)))
            applyEffects(rules.defaultEffects, telling: &told)
        }
        for (index, outcome) in rules.outcomes.enumerated() where outcome.condition.isTrue(in: self)
        {
            told.append(ToldEvent(.dilemmaOutcome(dilemma: dilemma, outcome: index)))
            applyEffects(outcome.effects, telling: &told)
        }
    }

    /// Charges the cost of an option taken by `chooser`: from its budget, or from the
    /// option's fund, told like an effect's change.
    private mutating func payCost(
        of option: DilemmaOption, _ chooser: Int, _ told: inout [ToldEvent]
    ) {
        guard option.cost > 0 else { return }
        if let fund = option.costFund {
            let before = state.funds[fund]
            setFund(fund, before - option.cost)
            told.append(change(.fund(fund: fund, before: before, after: state.funds[fund])))
        } else {
            let before = state.budgets[chooser]
            setBudget(chooser, before - option.cost)
            told.append(
                change(.budget(role: chooser, before: before, after: state.budgets[chooser])))
        }
    }
}
