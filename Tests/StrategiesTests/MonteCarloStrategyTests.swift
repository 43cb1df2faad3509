import GameRules
import Strategies
import Testing

@Suite("The strong bot searches reproducibly")
struct MonteCarloStrategyTests {
    @Test func anIterationBudgetGivesTheSameGameForTheSameSeed() throws {
        let spec = try #require(ExampleGame.spec)
        func actions(seed: UInt64) -> [Action] {
            var strategies: [any Strategy] = spec.roles.map { _ in CooperativeStrategy() }
            strategies[1] = MonteCarloStrategy(budget: .iterations(1), horizon: 1)
            return Playout(spec: spec, seed: seed, strategies: strategies).table.record.actions
        }
        let first = actions(seed: 5)
        #expect(!first.isEmpty)
        #expect(first == actions(seed: 5))
    }

    @Test func itValuesEveryCandidateAndTakesALegalAction() throws {
        let spec = try #require(ExampleGame.spec)
        let game = Game(spec: spec, seed: 3)
        let role = try #require(game.activeRole)
        var strategy = MonteCarloStrategy(
            candidates: [.cooperative, .sectoral], budget: .iterations(2), horizon: 1)
        var random = SeededGenerator(seed: 11)
        let decision = Decision(game: game, role: role)
        let action = strategy.choose(decision, using: &random)
        #expect(decision.allows(action))
        #expect(strategy.lastValues.count == 2)
        #expect(strategy.lastValues.allSatisfy { $0.isFinite })
    }

    @Test func aTimeBudgetStillValuesEveryCandidateOnce() throws {
        let spec = try #require(ExampleGame.spec)
        let game = Game(spec: spec, seed: 4)
        let role = try #require(game.activeRole)
        var strategy = MonteCarloStrategy(
            candidates: [.sectoral, .greedy], budget: .seconds(0), horizon: 0)
        var random = SeededGenerator(seed: 2)
        let decision = Decision(game: game, role: role)
        #expect(decision.allows(strategy.choose(decision, using: &random)))
        #expect(strategy.lastValues.count == 2)
    }

    @Test func itNeverChoosesItselfOrRandomAsACandidate() {
        let strategy = MonteCarloStrategy(candidates: [.mcts, .random, .sectoral])
        #expect(strategy.candidates == [.sectoral])
        #expect(MonteCarloStrategy(candidates: [.random]).candidates == [.cooperative])
    }
}
