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
        // The dilemma's rules are read in place: a copy of them retained every string and
        // array of the spec, for every decision.
        let anyone = spec.dilemmas[dilemma].anyone
        let defaultOption = spec.dilemmas[dilemma].defaultOption
        let made = state.dilemmas[dilemma].choices
        let picker = anyone ? made.firstIndex { $0 != nil } : nil
        let choices = made.map { picker.flatMap { made[$0] } ?? $0 ?? defaultOption }
        state.dilemmas[dilemma].isOpen = false
        state.dilemmas[dilemma].decided = choices
        state.dilemmas[dilemma].decisions += 1
        tell(ToldEvent(.dilemmaDecided(dilemma: dilemma, choices: choices)), &told)
        let slots = Swift.min(spec.dilemmas[dilemma].choosers.count, choices.count)
        for slot in 0..<slots where picker == nil || picker == slot {
            let chooser = spec.dilemmas[dilemma].choosers[slot]
            let option = choices[slot]
            payCost(of: dilemma, option, chooser, &told)
            applyEffects(
                spec.dilemmas[dilemma].options[option].effects(for: chooser), telling: &told)
        }
        if defaulted {
            tell(ToldEvent(.dilemmaDefaulted(dilemma: dilemma)), &told)
            applyEffects(spec.dilemmas[dilemma].defaultEffects, telling: &told)
        }
        for index in spec.dilemmas[dilemma].outcomes.indices
        where spec.dilemmas[dilemma].outcomes[index].condition.isTrue(in: self) {
            tell(ToldEvent(.dilemmaOutcome(dilemma: dilemma, outcome: index)), &told)
            applyEffects(spec.dilemmas[dilemma].outcomes[index].effects, telling: &told)
        }
    }

    /// Charges the cost of a dilemma's option taken by `chooser`: from its budget, or from the
    /// option's fund, told like an effect's change.
    private mutating func payCost(
        of dilemma: Int, _ option: Int, _ chooser: Int, _ told: inout [ToldEvent]
    ) {
        let cost = spec.dilemmas[dilemma].options[option].cost
        guard cost > 0 else { return }
        if let fund = spec.dilemmas[dilemma].options[option].costFund {
            let before = state.funds[fund]
            setFund(fund, before - cost)
            tell(change(.fund(fund: fund, before: before, after: state.funds[fund])), &told)
        } else {
            let before = state.budgets[chooser]
            setBudget(chooser, before - cost)
            tell(
                change(.budget(role: chooser, before: before, after: state.budgets[chooser])), &told
            )
        }
    }
}
