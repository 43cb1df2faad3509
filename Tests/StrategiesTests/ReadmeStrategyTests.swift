import GameRules
import Strategies
import TestSupport
import Testing

/// The strategy the README shows, word for word, so the example stays true.
struct ThriftyStrategy: Strategy {
    var name: String { "thrifty" }

    mutating func choose(_ decision: Decision, using random: inout SeededGenerator) -> Action {
        let legal = decision.legalActions
        if legal.contains(.share(role: decision.role)) { return .share(role: decision.role) }
        let plans = legal.compactMap { action -> (Action, Double)? in
            guard case .plan(_, let project, _) = action else { return nil }
            return (action, decision.spec.projects[project].cost)
        }
        return plans.min { $0.1 < $1.1 }?.0 ?? .ready(role: decision.role)
    }
}

@Suite("The README's strategy")
struct ReadmeStrategyTests {
    @Test func playsWholeGamesWithOnlyLegalActions() throws {
        let spec = try #require(ExampleGame.spec)
        for seed in 0..<TestScale.count(quick: 6, full: 20) {
            var lineup: [any Strategy] = [ThriftyStrategy()]
            lineup += (1..<spec.roles.count).map { _ in CooperativeStrategy() as any Strategy }
            var shares = 0
            let playout = Playout(spec: spec, seed: UInt64(seed), strategies: lineup) { _, action in
                if action == .share(role: 0) { shares += 1 }
            }
            #expect(playout.game.isOver)
            #expect(!playout.stalled)
            #expect(playout.refusedLegalActions == 0)
            #expect(shares == playout.game.state.round + 1, "it shares once every year")
        }
    }
}
