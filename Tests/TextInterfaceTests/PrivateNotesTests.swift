import ExecBots
import GameRules
import Strategies
import Testing

@testable import TextInterface

/// Private messages ("for you since your last turn"): never on the shared screen, and the
/// same after a resume as in the game that was interrupted.
@Suite("Private notes")
struct PrivateNotesTests {
    /// Plays the example game with two people and two bots, checking at every step that a
    /// session resumed from the record holds the same undelivered notes.
    @Test func aResumedSessionKeepsTheNotesOfTheInterruptedOne() throws {
        let bots: [Int: StrategyChoice] = [1: .cooperative, 3: .reciprocal]
        let live = Session(setup: try Fixtures.setup(seed: 3, bots: bots))
        _ = live.start()
        var compared = 0
        var withNotes = 0
        for step in 0..<1200 where !live.game.isOver {
            let line =
                live.yearEnd != nil
                ? "/verder" : live.awaitingHandoff != nil ? "" : step % 3 == 0 ? "deel" : "klaar"
            _ = live.handle(line)
            let resumed = Session(
                setup: try Fixtures.setup(seed: 3, bots: bots, actions: live.record.actions))
            // The role at the keyboard has read its notes; a resumed game hands it the keyboard
            // again and shows them once more.
            var expected = live.notes
            var got = resumed.notes
            if let holder = live.keyboard?.role {
                expected[holder] = nil
                got[holder] = nil
            }
            #expect(got == expected, "after \(live.record.actions.count) actions")
            compared += 1
            if !live.notes.isEmpty { withNotes += 1 }
        }
        #expect(live.game.isOver)
        #expect(compared > 50)
        #expect(withNotes > 5, "the comparison saw notes")
    }

    @Test func privateNewsWaitsForASecretTurnAfterTheFacilitatorSkipsPlanning() throws {
        let session = try Fixtures.session()
        let secret = session.game.phase.secret
        #expect(secret)
        let output = session.handle("/volgende")
        #expect(!session.game.phase.secret, "now the open phase")
        let shown = output.joined(separator: "\n")
        for note in session.notes.values.flatMap({ $0 }) {
            #expect(!shown.contains(note), "private news on the shared screen: \(note)")
        }
        for _ in 0..<4 {
            let turn = session.handle("status").joined(separator: "\n")
            #expect(!turn.contains("sinds je vorige beurt"), "\(turn)")
            _ = session.handle("klaar")
        }
    }
}
