import ExecBots
import Foundation
import Testing

@testable import TextInterface

/// A bot from outside that fails at a table does not end the session: the table is told
/// why, and a person plays the role from then on.
@Suite("Exec bot seats")
struct ExecBotSeatTests {
    @Test func aFailingBotIsReportedAndItsSeatGoesToAPerson() throws {
        let path = NSTemporaryDirectory() + "wijkspel-broken-bot-\(UUID().uuidString).sh"
        #expect(
            FileManager.default.createFile(
                atPath: path, contents: Data("read hello\nread decision\necho oops\n".utf8)))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let command = "/bin/sh " + path
        let bots: [Int: StrategyChoice] = [0: .exec(command), 1: .cooperative, 2: .cooperative]
        let session = Session(setup: try Fixtures.setup(language: .en, bots: bots))
        var shown = session.start()
        for _ in 0..<20 where session.setup.bots[0] != nil {
            shown += session.handle(session.awaitingHandoff != nil ? "" : "ready")
        }
        // The report is wrapped to the screen: compare its words.
        let text = shown.joined(separator: " ").split(whereSeparator: \.isWhitespace)
            .joined(separator: " ")
        #expect(text.contains("bot-malformed-answer"), "\(text)")
        #expect(text.contains(command))
        #expect(text.contains("\"oops\""))
        #expect(session.setup.bots[0] == nil, "a person plays the role now")
        #expect(!session.table.isBot(0))
        #expect(session.setup.bots[1] == .cooperative)
    }

    @Test func aResumedSaveDoesNotStartAnOutsideBot() throws {
        let bots: [Int: StrategyChoice] = [1: .exec("python3 never-started.py"), 2: .greedy]
        let setup = try Fixtures.setup(language: .en, bots: bots)
        let path = try Fixtures.temporaryDirectory() + "/exec-seat.jsonl"
        _ = try SaveWriter.create(path: path, header: setup.header, spec: setup.spec, actions: [])
        let loaded = try SaveLoader.load(path: path, language: .en, color: false).get()
        #expect(loaded.setup.bots == [2: .greedy])
        let notes = loaded.notes.joined(separator: " ")
        #expect(notes.contains("exec:python3 never-started.py"), "\(notes)")
        #expect(notes.contains("a person plays"))
    }
}
