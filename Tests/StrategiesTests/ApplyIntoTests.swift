import GameRules
import TestSupport
import Testing

@testable import Strategies

/// `Game.apply(_:into:)` does what `apply(_:)` does, writing the events into the caller's
/// buffer, and leaves game and buffer alone when it refuses.
@Suite struct ApplyIntoTests {
    @Test(
        "apply(into:) equals apply, and a refusal changes neither game nor buffer",
        arguments: GamePositions.games)
    func sameAsApply(_ path: String) throws {
        let spec = try #require(GamePositions.spec(path))
        var accepted = 0
        var refused = 0
        // One buffer for the whole walk, as a table keeps it: it starts with stale events.
        var buffer: [ToldEvent] = [ToldEvent(.gameEnded), ToldEvent(.collectiveLoss)]
        GamePositions.walk(
            spec, seeds: TestScale.count(quick: 1, full: 3),
            steps: TestScale.count(quick: 120, full: 600),
            bot: { _ in RandomStrategy() }
        ) { decision, game, _, random in
            let candidates = game.candidateActions(for: decision.role)
            var actions = (0..<4).map { _ in
                CandidateShapeTests.action(spec, game, role: decision.role, &random)
            }
            if !candidates.isEmpty { actions.append(candidates[random.below(candidates.count)]) }
            for action in actions {
                var plain = game
                var into = game
                let before = buffer
                let rejection = into.apply(action, into: &buffer)
                switch plain.apply(action) {
                case .success(let told):
                    #expect(rejection == nil && buffer == told && into == plain, "\(action)")
                    accepted += 1
                case .failure(let refusal):
                    #expect(rejection == refusal && buffer == before && into == game, "\(action)")
                    refused += 1
                }
            }
        }
        #expect(accepted > 0 && refused > 0)
    }
}
