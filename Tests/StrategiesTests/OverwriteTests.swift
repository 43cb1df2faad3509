import Foundation
import TestSupport
import Testing

@testable import GameRules
@testable import Strategies

/// `Game.overwrite(with:)`, which searches use to reuse one scratch game, makes the scratch
/// equal to the position, plays on from it exactly as a fresh copy does, and never changes
/// the position it read.
@Suite struct OverwriteTests {
    @Test(
        "a scratch game overwritten with each position equals it and plays on as a copy does",
        arguments: GamePositions.games)
    func scratchPlaysAsCopy(_ path: String) throws {
        let spec = try #require(GamePositions.spec(path))
        let encoder = JSONEncoder()
        var scratch: Game?
        var compared = 0
        var inPlace = 0
        GamePositions.walk(
            spec, seeds: TestScale.count(quick: 1, full: 3),
            steps: TestScale.count(quick: 60, full: 500),
            bot: { _ in RandomStrategy() }
        ) { decision, game, step, random in
            // Positions as the table has them and as a lookahead has them (no records).
            let base = step % 2 == 0 ? game : decision.lookahead(seed: UInt64(step))
            // A deep copy (through JSON): a write into storage the position shares with the
            // scratch would change a plain copy as well.
            guard let data = try? encoder.encode(base.state),
                let before = try? JSONDecoder().decode(GameState.self, from: data)
            else {
                Issue.record("the state does not encode")
                return
            }
            var tries = [game.candidateActions(for: decision.role).first ?? .ready(role: 0)]
            tries += (0..<3).map { _ in
                CandidateShapeTests.action(spec, base, role: decision.role, &random)
            }
            tries.append(.ready(role: decision.role))
            for action in tries {
                var fresh = base
                var reused = scratch.take() ?? base
                let box = ObjectIdentifier(reused.box)
                reused.overwrite(with: base)
                if ObjectIdentifier(reused.box) == box && reused.box !== base.box { inPlace += 1 }
                #expect(reused == base && reused.keepsRecords == base.keepsRecords)
                let expected = fresh.apply(action)
                let got = reused.apply(action)
                #expect(got == expected && reused == fresh, "\(action) at step \(step)")
                scratch = reused
                compared += 1
            }
            #expect(base.state == before, "the position changed")
        }
        // Most tries reuse the scratch's own storage (the others are its first use, or a
        // position of other rules).
        #expect(compared > 0 && inPlace * 2 > compared, "\(inPlace) of \(compared) in place")
    }

    @Test("overwrite writes every stored field of the state")
    func everyField() throws {
        let spec = try #require(GamePositions.spec(GamePositions.games[0]))
        let fields = Mirror(reflecting: Game(spec: spec, seed: 1).state).children.count
        #expect(
            fields == GameState.overwrittenFields,
            "GameState has \(fields) fields: write the new one in overwrite(with:)")
    }
}
