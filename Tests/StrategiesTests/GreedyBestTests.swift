import GameDefinition
import GameRules
import TestSupport
import Testing

@testable import Strategies

/// The greedy bot's bounded search finds the first of the full ranking.
@Suite("The greedy bot's best equals the first of the full ranking")
struct GreedyBestTests {
    /// At decisions of games played by greedy and random bots in every game of `Games/`,
    /// the best action and its gain are those of the full ranking (each action applied to
    /// a copy and valued), to the last bit.
    @Test(arguments: OwnValueBaselineTests.paths)
    func bestIsTheFirstOfTheRanking(path: String) throws {
        let spec = try #require(
            GameDefinitionReader.read(
                contentsOf: ExampleGame.root.appendingPathComponent(path).path
            ).spec)
        var compared = 0
        for seed in UInt64(1)...UInt64(TestScale.count(quick: 1, full: 6)) {
            var game = Game(spec: spec, seed: seed)
            var random = SeededGenerator(seed: seed)
            var bots: [any Strategy] = spec.roles.indices.map {
                $0 % 2 == 0 ? GreedyStrategy() as any Strategy : RandomStrategy()
            }
            var steps = 0
            while let role = game.activeRole, steps < 400 {
                steps += 1
                let decision = Decision(game: game, role: role)
                if steps % 2 == 0 {
                    let seed = random.next()
                    let best = GreedyStrategy.best(decision, seed: seed)
                    let first = GreedyRankReference.rank(decision, seed: seed).first
                    #expect(best?.action == first?.action)
                    #expect(best?.gain == first?.gain)
                    compared += 1
                }
                _ = game.apply(bots[role].choose(decision, using: &random))
            }
        }
        #expect(compared > 0)
    }
}
