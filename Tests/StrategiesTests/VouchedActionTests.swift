import GameRules
import TestSupport
import Testing

@testable import Strategies

/// A decision vouches only for an action the rules accept on its game: the table applies
/// such an action without checking it again (`Game.applyAccepted`).
@Suite struct VouchedActionTests {
    @Test(
        "every action a decision vouches for is one the rules accept, and it vouches for what it allowed",
        arguments: GamePositions.games)
    func vouchedMeansAccepted(_ path: String) throws {
        let spec = try #require(GamePositions.spec(path))
        var vouched = 0
        var refusedAsked = 0
        GamePositions.walk(
            spec, seeds: TestScale.count(quick: 1, full: 3),
            steps: TestScale.count(quick: 120, full: 600),
            bot: { $0 % 2 == 0 ? CooperativeStrategy() as any Strategy : RandomStrategy() }
        ) { decision, game, step, random in
            guard step % 2 == 0 else { return }
            // Fresh decisions, so that `allows` checks alone as well as in the listed actions.
            let alone = Decision(game: game, role: decision.role)
            let listing = Decision(game: game, role: decision.role)
            _ = listing.legalActions
            let asked = (0..<30).map { _ in
                CandidateShapeTests.action(spec, game, role: decision.role, &random)
            }
            for probe in [alone, listing] {
                for action in asked {
                    let allowed =
                        random.below(3) == 0
                        ? probe.allowsCandidate(action) : probe.allows(action)
                    if allowed {
                        #expect(probe.vouches(for: action), "\(action) was allowed")
                    } else {
                        refusedAsked += 1
                    }
                    for other in asked where probe.vouches(for: other) {
                        #expect(game.check(other) == nil, "vouched for \(other)")
                        vouched += 1
                    }
                }
                let pick = probe.randomLegalAction(using: &random)
                #expect(probe.vouches(for: pick) && game.check(pick) == nil, "picked \(pick)")
            }
        }
        #expect(vouched > 0 && refusedAsked > 0)
    }

    @Test("a decision that found nothing legal vouches for nothing")
    func freshDecisionVouchesForNothing() throws {
        let spec = try #require(GamePositions.spec("Games/voorbeeld.toml"))
        let game = Game(spec: spec, seed: 3)
        let role = try #require(game.activeRole)
        let decision = Decision(game: game, role: role)
        #expect(!decision.vouches(for: .ready(role: role)))
        let waiting = (role + 1) % spec.roles.count
        #expect(!decision.allows(.ready(role: waiting)))
        #expect(!decision.vouches(for: .ready(role: waiting)))
    }
}
