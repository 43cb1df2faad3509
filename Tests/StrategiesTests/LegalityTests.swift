import GameRules
import Strategies
import TestSupport
import Testing

@Suite("Strategies return only legal actions")
struct LegalityTests {
    @Test(arguments: StrategyKind.allCases)
    func everyActionIsLegal(kind: StrategyKind) throws {
        let spec = try #require(ExampleGame.spec)
        let games = kind == .mcts ? 1 : TestScale.count(quick: 4, full: 16)
        for seed in 0..<UInt64(games) {
            let counter = IllegalCounter()
            var strategies: [any Strategy] = spec.roles.indices.map { _ in
                CheckedStrategy(inner: kind.make(), counter: counter)
            }
            if kind == .mcts {
                strategies = spec.roles.indices.map { role in
                    role == 0
                        ? CheckedStrategy(
                            inner: MonteCarloStrategy(budget: .iterations(1), horizon: 1),
                            counter: counter)
                        : CheckedStrategy(inner: StrategyKind.cooperative.make(), counter: counter)
                }
            }
            let playout = Playout(spec: spec, seed: seed, strategies: strategies)
            #expect(counter.illegal.isEmpty, "\(counter.illegal.prefix(3))")
            #expect(playout.refusedLegalActions == 0)
            #expect(playout.game.isOver, "\(kind) seed \(seed) ended")
            #expect(counter.decisions > 0)
        }
    }

    @Test func mixedLineupsEnd() throws {
        let spec = try #require(ExampleGame.spec)
        let kinds: [StrategyKind] = [.random, .sectoral, .cooperative, .reciprocal, .greedy]
        for seed in 0..<UInt64(20) {
            let lineup = Lineup.allCombinations(of: kinds, roles: spec.roles.count)
            let result = Tournament.playGame(
                spec: spec, index: Int(seed), seed: seed,
                strategies: lineup.strategies(forGame: Int(seed) * 37))
            #expect(!result.stalled)
            #expect(result.refusedLegalActions == 0)
        }
    }

    @Test func theRegistryKnowsEveryName() {
        for kind in StrategyKind.allCases {
            #expect(StrategyKind(name: kind.rawValue.uppercased()) == kind)
            #expect(kind.make().name == kind.rawValue)
            #expect(!kind.summary.isEmpty)
        }
        #expect(StrategyKind(name: "nonsense") == nil)
        #expect(StrategyKind(name: "Search") == .mcts)
    }
}
