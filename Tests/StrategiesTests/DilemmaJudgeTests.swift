import Foundation
import GameDefinition
import GameRules
import TestSupport
import Testing

@testable import Strategies

/// The dilemma judge's shortcuts choose exactly the option the full playouts choose.
@Suite("The dilemma judge's shortcuts equal the full playouts")
struct DilemmaJudgeTests {
    /// Every game in `Games/` with a dilemma, and the repeated dilemma fixture.
    static let paths = [
        "Games/voorbeeld.toml", "Games/tutorial.toml", "Games/dorpskern.toml",
        "Games/wijken-van-de-toekomst.toml",
        "Tests/GameDefinitionTests/Fixtures/prisoners-dilemma.toml",
    ]

    /// At every open dilemma of games played by a mix of random and heuristic bots, the
    /// cooperative and the selfish option are those of the reference judge, for a few seeds.
    @Test(arguments: paths)
    func choosesAsTheFullPlayouts(path: String) throws {
        let spec = try #require(
            GameDefinitionReader.read(
                contentsOf: ExampleGame.root.appendingPathComponent(path).path
            ).spec)
        var compared = 0
        for seed in UInt64(1)...UInt64(TestScale.count(quick: 2, full: 8)) {
            var game = Game(spec: spec, seed: seed)
            var random = SeededGenerator(seed: seed)
            var bots: [any Strategy] = spec.roles.indices.map {
                $0 % 2 == 0 ? RandomStrategy() as any Strategy : SectoralStrategy()
            }
            var steps = 0
            while let role = game.activeRole, steps < 3_000 {
                steps += 1
                let decision = Decision(game: game, role: role)
                if let dilemma = decision.pendingDilemma {
                    let seed = random.next()
                    #expect(
                        DilemmaJudge.selfishOption(decision, dilemma: dilemma, seed: seed)
                            == DilemmaJudgeReference.selfishOption(
                                decision, dilemma: dilemma, seed: seed))
                    #expect(
                        DilemmaJudge.cooperativeOption(decision, dilemma: dilemma, seed: seed)
                            == DilemmaJudgeReference.cooperativeOption(
                                decision, dilemma: dilemma, seed: seed))
                    compared += 1
                }
                _ = game.apply(bots[role].choose(decision, using: &random))
            }
        }
        #expect(compared > 0)
    }
}
