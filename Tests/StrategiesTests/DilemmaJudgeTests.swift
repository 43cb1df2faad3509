import Foundation
import GameDefinition
import GameRules
import TestSupport
import Testing

@testable import Strategies

/// The dilemma judge's shortcuts choose exactly the option the full playouts choose.
@Suite("The dilemma judge's shortcuts equal the full playouts")
struct DilemmaJudgeTests {
    /// Every game in `Games/`, and the repeated dilemma fixture.
    static let paths =
        GamePositions.games + ["Tests/GameDefinitionTests/Fixtures/prisoners-dilemma.toml"]

    /// At every open dilemma of games played by a mix of random and heuristic bots, the
    /// cooperative and the selfish option are those of the reference judge, for a few seeds.
    @Test(arguments: paths)
    func choosesAsTheFullPlayouts(path: String) throws {
        let spec = try #require(GamePositions.spec(path))
        var compared = 0
        GamePositions.walk(
            spec, seeds: TestScale.count(quick: 1, full: 8), steps: 3_000,
            bot: { $0 % 2 == 0 ? RandomStrategy() as any Strategy : SectoralStrategy() }
        ) { decision, _, _, random in
            guard let dilemma = decision.pendingDilemma else { return }
            let seed = random.next()
            #expect(
                DilemmaJudge.selfishOption(decision, dilemma: dilemma, seed: seed)
                    == DilemmaJudgeReference.selfishOption(decision, dilemma: dilemma, seed: seed))
            #expect(
                DilemmaJudge.cooperativeOption(decision, dilemma: dilemma, seed: seed)
                    == DilemmaJudgeReference.cooperativeOption(
                        decision, dilemma: dilemma, seed: seed))
            compared += 1
        }
        #expect(compared > 0)
    }
}
