import Foundation
import Testing

@testable import TextInterface

/// `/bewaar FILE` writes a copy and play goes on in the same file; `/bewaar` says where.
@Suite("Checkpoints")
struct CheckpointTests {
    @Test("a checkpoint copy, then more play: the original file has every action")
    func checkpointThenResume() throws {
        let base = try Fixtures.temporaryDirectory()
        let path = base + "/spel.jsonl"
        let session = try Fixtures.session(writer: try SaveSupport.writer(at: path))
        for line in ["", "plan riool_noord 2027", "stort wijkfonds 5"] { _ = session.handle(line) }
        let answer = session.handle("/bewaar \(base)/pauze.jsonl").joined(separator: "\n")
        #expect(answer.contains("\(base)/pauze.jsonl"))
        #expect(session.saveWriter?.path == path)
        for line in ["klaar", "", "plan warmtenet_noord 2027", "klaar"] { _ = session.handle(line) }
        #expect(session.record.actions.count == 5)
        session.saveWriter = nil
        let resumed = try SaveLoader.resume(path: path, language: .nl, color: false).get()
        #expect(resumed.loaded.setup.actions == session.record.actions)
        let copy = try SaveLoader.load(path: base + "/pauze.jsonl", language: .nl, color: false)
            .get()
        #expect(copy.setup.actions == Array(session.record.actions.prefix(2)))
    }

    @Test("/bewaar without a file says where the game is saved, in the player's language")
    func whereSaved() throws {
        let path = try Fixtures.temporaryDirectory() + "/spel.jsonl"
        let dutch = try Fixtures.session(writer: try SaveSupport.writer(at: path))
        #expect(
            dutch.handle("/bewaar") == [
                "Het spel wordt bewaard in \(path). Een kopie maken: /bewaar BESTAND."
            ])
        let unsaved = try Fixtures.session(language: .en)
        #expect(unsaved.handle("/save").joined().contains("not being saved"))
    }

    @Test("a checkpoint onto an existing file is refused and the file is kept")
    func ontoExisting() throws {
        let base = try Fixtures.temporaryDirectory()
        try "eerder\n".write(toFile: base + "/bezet.jsonl", atomically: false, encoding: .utf8)
        let session = try Fixtures.session(
            language: .en, writer: try SaveSupport.writer(at: base + "/spel.jsonl"))
        let answer = session.handle("/save \(base)/bezet.jsonl").joined()
        #expect(answer.contains("[exists]"))
        #expect(answer.contains("wijkspel resume \(base)/bezet.jsonl"))
        #expect(SaveSupport.bytes(base + "/bezet.jsonl") == Array("eerder\n".utf8))
    }

    @Test("an unsaved game starts saving in the file /bewaar names")
    func unsavedStartsSaving() throws {
        let path = try Fixtures.temporaryDirectory() + "/later.jsonl"
        let session = try Fixtures.session()
        _ = session.handle("")
        _ = session.handle("plan riool_noord 2027")
        _ = session.handle("/bewaar \(path)")
        #expect(session.saveWriter?.path == path)
        _ = session.handle("klaar")
        #expect(SaveSupport.lines(path).count == 3)
    }
}
