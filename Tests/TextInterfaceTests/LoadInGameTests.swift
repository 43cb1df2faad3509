import Foundation
import Glibc
import Testing

@testable import TextInterface

/// `/laad` in a game: the loaded file is locked and repaired, the previous one let go.
@Suite("Loading in a game")
struct LoadInGameTests {
    @Test("/laad repairs a damaged save, saves to it from then on and lets the old file go")
    func loadRepairs() throws {
        let damaged = try DamagedSaveTests.damaged()
        let first = try Fixtures.temporaryDirectory() + "/eerste.jsonl"
        let session = try Fixtures.session(writer: try SaveSupport.writer(at: first))
        let answer = session.handle("/laad \(damaged)").joined(separator: "\n")
        #expect(answer.contains("\(damaged).damaged"))
        #expect(session.saveWriter?.path == damaged)
        #expect(session.record.actions.count == 2)
        #expect(SaveSupport.lines(damaged).count == 3)
        #expect((try? SaveLoader.resume(path: first, language: .nl, color: false).get()) != nil)
        let again = session.handle("/laad \(damaged)").joined(separator: "\n")
        #expect(again.contains("(2 acties)"))
        #expect(session.saveWriter?.path == damaged)
    }

    @Test("replay of a FIFO or a directory is refused without waiting")
    func readOnlyTargets() throws {
        let base = try Fixtures.temporaryDirectory()
        #expect(mkfifo(base + "/pijp", 0o644) == 0)
        for (path, id) in [(base + "/pijp", "not-regular"), (base, "is-directory")] {
            guard
                case .failure(let problem) = SaveLoader.load(
                    path: path, language: .nl, color: false)
            else {
                Issue.record("\(path) loaded")
                continue
            }
            #expect(problem.id == id)
        }
    }
}
