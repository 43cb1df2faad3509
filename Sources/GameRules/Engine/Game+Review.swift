extension Game {
    /// The review phase: nuisance fades, trust drifts, the form settles, and then goals are
    /// judged on the values the table sees; the round's question, and the end conditions.
    mutating func runReview(_ told: inout [ToldEvent]) {
        settleNuisance()
        driftTrust()
        updateForm(&told)
        lapseAgreement(&told)
        lapseEarmarks(&told)
        fixPlans()
        checkGoals(&told)
        tell(ToldEvent(.yearReviewed(YearSnapshot(self))), &told)
        for question in spec.roundQuestions where question.round == state.round {
            tell(ToldEvent(.question(text: question.text)), &told)
        }
        if let loss = spec.collectiveLoss, loss.isTrue(in: self) {
            end(.collectiveLoss, &told)
        } else if let finish = spec.endWhen, finish.isTrue(in: self) {
            end(.ended, &told)
        }
    }

    private mutating func checkGoals(_ told: inout [ToldEvent]) {
        // Goals are read in place: a copy of each role's rules retained every field of them.
        for role in spec.roles.indices {
            for index in spec.roles[role].goals.indices where !state.goalsReached[role][index] {
                guard isReachable(spec.roles[role].goals[index].deadline),
                    spec.roles[role].goals[index].condition.isTrue(in: self)
                else { continue }
                state.goalsReached[role][index] = true
                tell(ToldEvent(.goalReached(role: role, goal: index), to: .role(role)), &told)
            }
        }
        for index in spec.sharedGoals.indices where !state.sharedGoalsReached[index] {
            guard isReachable(spec.sharedGoals[index].deadline),
                spec.sharedGoals[index].condition.isTrue(in: self)
            else { continue }
            state.sharedGoalsReached[index] = true
            tell(ToldEvent(.goalReached(role: nil, goal: index)), &told)
        }
    }

    /// Whether a goal with `deadline` (its last round, if any) can still be reached.
    private func isReachable(_ deadline: Int?) -> Bool {
        deadline.map { state.round <= $0 } ?? true
    }

    private mutating func settleNuisance() {
        let rules = spec.digging
        if let target = rules.nuisanceTarget {
            let total = state.nuisance.reduce(0, +)
            setVariable(target, state.variables[target] - total * rules.nuisanceImpact)
        }
        for district in spec.districts.indices {
            setNuisance(district, state.nuisance[district] * (1 - rules.nuisanceDecay))
        }
    }

    private mutating func driftTrust() {
        let rules = spec.trust
        guard rules.drift > 0 else { return }
        for from in spec.roles.indices {
            for to in spec.roles.indices where from != to {
                let value = trust(from, to)
                let step = Swift.min(rules.drift, abs(rules.base - value))
                setTrust(from, to, value + (value < rules.base ? step : -step))
            }
        }
    }

    private mutating func updateForm(_ told: inout [ToldEvent]) {
        if let form = state.pendingForm {
            state.pendingForm = nil
            state.form = form
            tell(ToldEvent(.formChanged(form: form)), &told)
        } else if state.form != 0 && groupTrust < spec.forms[state.form].minGroupTrust {
            if let agreement = agreementHoldingForm {
                tell(ToldEvent(.formHeld(form: state.form, agreement: agreement)), &told)
                return
            }
            tell(ToldEvent(.formLost(form: state.form)), &told)
            state.form = 0
        }
    }

    /// A role's score: the points of its reached goals, plus the points effects gave it.
    public func score(of role: Int) -> Double {
        goalPoints(of: role) + state.points[role]
    }

    /// The points of a role's reached goals.
    func goalPoints(of role: Int) -> Double {
        Self.points(of: spec.roles[role].goals, reached: state.goalsReached[role])
    }

    /// The shared score: the points of the reached shared goals, nothing after a collective loss.
    public var sharedScore: Double {
        if state.outcome == .collectiveLoss { return 0 }
        return Self.points(of: spec.sharedGoals, reached: state.sharedGoalsReached)
    }

    /// The points of the reached goals among `goals`, added in their order; each goal's
    /// points are read in place (pairing them up copied every goal, its texts and its
    /// condition, for every score asked).
    private static func points(of goals: [GoalSpec], reached: [Bool]) -> Double {
        var total = 0.0
        for index in 0..<Swift.min(goals.count, reached.count) where reached[index] {
            total += goals[index].points
        }
        return total
    }
}
