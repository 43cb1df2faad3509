import GameRules
import TestSupport
import Testing

@testable import Strategies

/// A decision finds the first proposal its role may accept, and the first it may refuse,
/// without listing the legal actions, and finds the ones the list would give.
@Suite("The first acceptable and refusable proposals are the list's first answers")
struct AcceptableProposalTests {
    /// At every decision of games of cooperative, reciprocal and random bots (who propose
    /// and answer), in every game of `Games/`.
    @Test(arguments: GamePositions.games)
    func theFirstAcceptanceOfTheList(path: String) throws {
        let spec = try #require(GamePositions.spec(path))
        var open = 0
        var refusable = 0
        GamePositions.walk(
            spec, seeds: TestScale.count(quick: 1, full: 10), steps: 1_500,
            bot: {
                [CooperativeStrategy() as any Strategy, ReciprocalStrategy(), RandomStrategy()][
                    $0 % 3]
            }
        ) { decision, game, _, _ in
            let fresh = Decision(game: game, role: decision.role)
            let found = fresh.firstAcceptableProposal
            var expected: Int?
            for case .respond(_, let number, true) in decision.legalActions {
                expected = number
                break
            }
            #expect(found == expected)
            #expect(decision.firstAcceptableProposal == expected)
            if expected != nil { open += 1 }
            var refusal: Int?
            for case .respond(_, let number, false) in decision.legalActions {
                refusal = number
                break
            }
            #expect(fresh.firstRefusableProposal == refusal)
            #expect(decision.firstRefusableProposal == refusal)
            if refusal != nil { refusable += 1 }
        }
        #expect(open > 0, "no decision had a proposal to accept")
        #expect(refusable > 0, "no decision had a proposal to refuse")
    }
}
