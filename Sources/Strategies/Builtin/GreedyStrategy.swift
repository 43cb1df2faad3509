import GameRules

/// Takes the action with the best immediate gain for its own score: a one-step lookahead
/// on a determinized copy, valued by `Heuristic.ownValue`; ready when nothing gains.
public struct GreedyStrategy: Strategy {
    /// Creates a greedy strategy.
    public init() {}

    /// `greedy`.
    public var name: String { StrategyKind.greedy.rawValue }

    /// The best one-step action, its own dilemma option, or ready.
    public mutating func choose(_ decision: Decision, using random: inout SeededGenerator) -> Action
    {
        let role = decision.role
        if let choice = DilemmaJudge.selfishChoice(decision, using: &random) { return choice }
        guard let best = GreedyStrategy.best(decision, seed: random.next()), best.gain > 0.000_1
        else { return .ready(role: role) }
        return best.action
    }

    /// The legal action with the best one-step gain in own value and that gain (the first
    /// of equal gains in the legal order); `ready`, dilemma choices and answers are left out.
    ///
    /// Plans and unplans are first bounded (`OwnValueBaseline.bounds`); only those whose
    /// gain could reach the best sure gain are valued exactly, so the choice is the one
    /// valuing every plan makes, without stepping every project for every plan.
    static func best(_ decision: Decision, seed: UInt64) -> (action: Action, gain: Double)? {
        let role = decision.role
        let base = decision.lookahead(seed: seed)
        let owned = base.spec.ownedProjects(of: role)
        var baseline = OwnValueBaseline(base, role: role, owned: owned)
        let now = baseline.value
        // Planning and unplanning change nothing the value reads but the project's phase and
        // round: they are valued in place, not on a copy of every project's state, once the
        // copy's rules say they are allowed there (checked alone: a candidate is legal there
        // exactly when the copy's legal actions list it).
        // What the role planned now, passed in, not captured (a captured variable was boxed
        // and its every access checked at run time).
        var plannedInBase: Double?
        // No action below is `ready`: the turn is asked once, then each action's shape.
        let mayAct = base.mayTakeAction(role)
        func allowedInBase(_ action: Action, _ plannedNow: inout Double?) -> Bool {
            mayAct && base.hasCandidateShape(action)
                && base.isLegal(candidate: action, of: role, plannedNow: &plannedNow)
        }
        // Room for every legal action made once (grown by appending, they were copied over
        // and over).
        let legal = decision.legalActions
        var valued: [(offset: Int, action: Action, value: Double)] = []
        valued.reserveCapacity(legal.count)
        var bounded: [(offset: Int, change: PlanChange, high: Double)] = []
        bounded.reserveCapacity(legal.count)
        var sure = -Double.infinity
        var unchanged: Double?
        for (offset, action) in legal.enumerated() {
            let change: PlanChange
            switch action {
            // A role's legal actions hold no facilitator's action.
            case .ready, .choose, .respond, .facilitator: continue
            case .plan(_, let project, let round):
                guard allowedInBase(action, &plannedInBase) else { continue }
                change = PlanChange(action: action, project: project, phase: .planned, round: round)
            case .unplan(_, let project):
                guard allowedInBase(action, &plannedInBase) else { continue }
                change = PlanChange(action: action, project: project, phase: .idle, round: nil)
            case .propose, .share, .commit, .shareProject, .meet, .contribute, .transfer:
                // None of these changes what the value reads but the role's budget: a
                // proposal is only recorded until the decision phase settles it, sharing and
                // promising change trust and records, and a payment (a meeting's cost) only
                // the budget. So each is valued on the unchanged copy, with the budget it
                // leaves, without a copy to apply it to (`GreedyShortcutTests` hold the rules
                // to that).
                guard allowedInBase(action, &plannedInBase) else { continue }
                let value: Double
                if let left = base.budget(afterPaying: action) {
                    value = Heuristic.ownValue(base, role: role, owned: owned, budget: left)
                } else {
                    if unchanged == nil {
                        unchanged = Heuristic.ownValue(base, role: role, owned: owned)
                    }
                    value = unchanged!
                }
                valued.append((offset, action, value))
                sure = max(sure, value)
                continue
            }
            if let range = baseline.bounds(
                planning: change.project, phase: change.phase, round: change.round)
            {
                bounded.append((offset, change, range.upperBound))
                sure = max(sure, range.lowerBound)
            } else {
                let value = baseline.value(
                    planning: change.project, phase: change.phase, round: change.round)
                valued.append((offset, action, value))
                sure = max(sure, value)
            }
        }
        // A gain below the sure one's, after rounding, can be neither the best nor tie it.
        for (offset, change, high) in bounded where high - now >= sure - now {
            let value = baseline.value(
                planning: change.project, phase: change.phase, round: change.round)
            valued.append((offset, change.action, value))
        }
        var best: (offset: Int, action: Action, gain: Double)?
        for (offset, action, value) in valued {
            let gain = value - now
            guard let current = best else {
                best = (offset, action, gain)
                continue
            }
            if gain > current.gain || (gain == current.gain && offset < current.offset) {
                best = (offset, action, gain)
            }
        }
        return best.map { ($0.action, $0.gain) }
    }
}

/// A plan or unplan as the own-value baseline values it.
private struct PlanChange {
    /// The action.
    let action: Action
    /// Its project.
    let project: Int
    /// The project's phase after it.
    let phase: ProjectPhase
    /// The planned round after it, nil for an unplan.
    let round: Int?
}
