import ExecBots
import GameRules
import Strategies
import Testing

@testable import TextInterface

/// Bots play on after a resume or an undo exactly as they would have without it: their
/// choices depend only on the game's seed and history, and a resumed bot is told the whole
/// history again.
@Suite("Bots after resume and undo")
struct BotResumeTests {
    static let bots: [Int: StrategyChoice] = [1: .reciprocal, 2: .cooperative, 3: .random]

    /// Enter and `klaar` for the one human role, and the facilitator's `/verder` at the end
    /// of a year, over and over.
    static let inputs = Array(repeating: ["", "klaar", "/verder"], count: 60).flatMap { $0 }

    @Test(arguments: [2, 6, 10])
    func aResumedSessionPlaysOnLikeTheOriginal(resumeAfter inputsPlayed: Int) throws {
        let original = Session(setup: try Fixtures.setup(seed: 11, bots: Self.bots))
        _ = original.start()
        for line in Self.inputs.prefix(inputsPlayed) { _ = original.handle(line) }
        let resumed = Session(
            setup: try Fixtures.setup(seed: 11, bots: Self.bots, actions: original.record.actions))
        _ = resumed.start()
        #expect(resumed.game == original.game)
        let actionsAtResume = original.record.actions.count
        for line in Self.inputs.dropFirst(inputsPlayed) {
            _ = original.handle(line)
            _ = resumed.handle(line)
        }
        #expect(original.record.actions.count > actionsAtResume + 10, "the bots played on")
        #expect(original.game.isOver, "to the end of the game")
        #expect(resumed.record == original.record)
        #expect(resumed.game == original.game)
    }

    @Test func undoThenRedoGivesTheSameBotMoves() throws {
        let straight = Session(setup: try Fixtures.setup(seed: 5, bots: Self.bots))
        let undoing = Session(setup: try Fixtures.setup(seed: 5, bots: Self.bots))
        _ = straight.start()
        _ = undoing.start()
        for line in Self.inputs.prefix(10) {
            _ = straight.handle(line)
            _ = undoing.handle(line)
        }
        let before = undoing.record.actions.count
        _ = undoing.undo(1)
        #expect(undoing.record.actions.count == before - 1)
        _ = undoing.advance()
        for line in Self.inputs.dropFirst(10) {
            _ = straight.handle(line)
            _ = undoing.handle(line)
        }
        #expect(undoing.record == straight.record)
    }
}
