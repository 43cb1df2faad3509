import GameRules

@testable import Strategies

/// The greedy ranking as it was before its bounds: every legal action valued, then sorted
/// by gain (ties in the legal order). The greedy bot's best must be this list's first.
enum GreedyRankReference {
    /// The legal actions with their one-step gain in own value, best first.
    static func rank(_ decision: Decision, seed: UInt64) -> [(action: Action, gain: Double)] {
        let role = decision.role
        let base = decision.lookahead(seed: seed)
        let owned = base.spec.ownedProjects(of: role)
        let now = Heuristic.ownValue(base, role: role, owned: owned)
        let planning = Set(base.legalActions(for: role))
        var ranked: [(action: Action, gain: Double)] = []
        for action in decision.legalActions {
            let value: Double
            switch action {
            case .ready, .choose, .respond: continue
            default:
                if case .plan = action, !planning.contains(action) { continue }
                if case .unplan = action, !planning.contains(action) { continue }
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
