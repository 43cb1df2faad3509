import Foundation
import GameRules
import Strategies
import Testing

@testable import TextInterface

/// When the save file cannot be written, the session accepts nothing more, says so in the
/// player's language, and loses nothing that was confirmed.
@Suite("A failed save stops the game")
struct SessionSaveFailureTests {
    /// A journal that records entries until it is told to fail.
    final class FlakyJournal: TableJournal {
        struct DiskFull: Error, CustomStringConvertible {
            var description: String { "No space left on device" }
        }
        var entries: [Action] = []
        var failing = false

        func append(_ action: Action) throws {
            if failing { throw DiskFull() }
            entries.append(action)
        }

        func appendUndo(_ count: Int) throws {
            if failing { throw DiskFull() }
            entries.removeLast(count)
        }
    }

    @Test(arguments: [
        (Language.nl, "NIET uitgevoerd"), (Language.en, "NOT carried out"),
    ])
    func aFailedWriteRefusesTheActionAndEveryLaterOne(language: Language, says: String) throws {
        let session = try Fixtures.session(language: language)
        let journal = FlakyJournal()
        session.table.journal = journal
        _ = session.handle("")
        _ = session.handle("plan riool_noord 2027")
        #expect(journal.entries == session.record.actions)
        #expect(session.record.actions.count == 1)
        journal.failing = true
        let state = session.game.state
        let shown = session.handle("stort wijkfonds 5").joined(separator: " ").split(separator: " ")
            .joined(separator: " ")
        #expect(shown.contains(says), "\(shown)")
        #expect(shown.contains("No space left on device"))
        #expect(session.game.state == state, "the refused action changed nothing")
        journal.failing = false
        let again = session.handle("klaar").joined(separator: " ").split(separator: " ").joined(
            separator: " ")
        #expect(again.contains(says), "after one failure the game stays stopped")
        #expect(session.record.actions.count == 1)
        #expect(journal.entries == session.record.actions, "everything confirmed was written")
        let views = session.handle("status").joined(separator: " ").split(separator: " ").joined(
            separator: " ")
        #expect(!views.contains(says), "looking around still works")
    }

    @Test func aBotMoveThatCannotBeSavedStopsTheBots() throws {
        let session = try Fixtures.session(bots: [1: .cooperative, 2: .cooperative, 3: .sectoral])
        let journal = FlakyJournal()
        session.table.journal = journal
        journal.failing = true
        _ = session.handle("")
        let shown = session.handle("klaar").joined(separator: " ").split(separator: " ").joined(
            separator: " ")
        #expect(shown.contains("NIET uitgevoerd"))
        #expect(session.record.actions.isEmpty)
    }
}
