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
    @Test(arguments: GamePositions.games)
    func bestIsTheFirstOfTheRanking(path: String) throws {
        let spec = try #require(GamePositions.spec(path))
        var compared = 0
        GamePositions.walk(
            spec, seeds: TestScale.count(quick: 1, full: 6), steps: 400,
            bot: { $0 % 2 == 0 ? GreedyStrategy() as any Strategy : RandomStrategy() }
        ) { decision, _, step, random in
            guard step % 2 == 0 else { return }
            let seed = random.next()
            let best = GreedyStrategy.best(decision, seed: seed)
            let first = GreedyRankReference.rank(decision, seed: seed).first
            #expect(best?.action == first?.action)
            #expect(best?.gain == first?.gain)
            compared += 1
        }
        #expect(compared > 0)
    }
}
