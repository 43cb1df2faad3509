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
        let ranked = GreedyStrategy.rank(decision, seed: random.next())
        guard let best = ranked.first, best.gain > 0.000_1 else { return .ready(role: role) }
        return best.action
    }

    /// The legal actions with their one-step gain in own value, best first (ties keep the
    /// legal order); `ready`, dilemma choices and answers are left out.
    static func rank(_ decision: Decision, seed: UInt64) -> [(action: Action, gain: Double)] {
        let role = decision.role
        let base = decision.lookahead(seed: seed)
        let owned = Heuristic.ownedProjects(of: role, in: base.spec)
        var baseline = OwnValueBaseline(base, role: role, owned: owned)
        let now = baseline.value
        // Planning and unplanning change nothing the value reads but the project's phase and
        // round: they are valued in place, not on a copy of every project's state, once
        // the copy's own list of legal actions (one pass) says they are allowed there.
        let planning = PlanningMoves(
            base.legalActions(for: role), role: role, projects: base.spec.projects.count,
            rounds: base.spec.rounds)
        var ranked: [(action: Action, gain: Double)] = []
        for action in decision.legalActions {
            let value: Double
            switch action {
            case .ready, .choose, .respond: continue
            case .plan(_, let project, let round):
                guard planning.contains(action) else { continue }
                value = baseline.value(planning: project, phase: .planned, round: round)
            case .unplan(_, let project):
                guard planning.contains(action) else { continue }
                value = baseline.value(planning: project, phase: .idle, round: nil)
            default:
                var game = base
                guard case .success = game.apply(action) else { continue }
                value = Heuristic.ownValue(game, role: role, owned: owned)
            }
            ranked.append((action, value - now))
        }
        return ranked.enumerated().sorted { a, b in
            a.element.gain != b.element.gain ? a.element.gain > b.element.gain : a.offset < b.offset
        }.map(\.element)
    }
}
