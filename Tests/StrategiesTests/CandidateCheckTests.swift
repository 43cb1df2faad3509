import GameRules
import TestSupport
import Testing

@testable import Strategies

/// A candidate action checked alone is legal exactly when the legal actions list it.
@Suite("A candidate checked alone is legal as the list says")
struct CandidateCheckTests {
    @Test(arguments: GamePositions.games)
    func everyCandidateIsLegalExactlyWhenListed(path: String) throws {
        let spec = try #require(GamePositions.spec(path))
        var checked = 0
        GamePositions.walk(
            spec, seeds: TestScale.count(quick: 1, full: 6),
            steps: TestScale.count(quick: 300, full: 600),
            bot: { $0 % 2 == 0 ? CooperativeStrategy() as any Strategy : RandomStrategy() }
        ) { decision, game, step, _ in
            guard step % 4 == 0 else { return }
            let legal = Set(decision.legalActions)
            for candidate in game.candidateActions(for: decision.role) {
                #expect(decision.allowsCandidate(candidate) == legal.contains(candidate))
                checked += 1
            }
        }
        #expect(checked > 0)
    }
}
