import Foundation
import GameRules
import Testing

@testable import TextInterface

/// Save files: every action at once, resume exactly, and recover the intact part of damage.
@Suite("Save and resume")
struct SaveResumeTests {
    /// Plays a few turns into a session that saves to a fresh file; returns the session and path.
    static func played() throws -> (Session, String) {
        let directory = try Fixtures.temporaryDirectory()
        let path = directory + "/game.jsonl"
        let setup = try Fixtures.setup()
        let writer = try SaveWriter.create(
            path: path, header: setup.header, spec: setup.spec, actions: [])
        let session = Session(setup: setup, saveWriter: writer)
        _ = session.start()
        for line in [
            "", "plan riool_noord 2027", "stort wijkfonds 5", "klaar", "",
            "plan warmtenet_noord 2027", "klaar",
        ] {
            _ = session.handle(line)
        }
        return (session, path)
    }

    /// The lines of a file.
    static func lines(_ path: String) throws -> [String] {
        try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
    }

    @Test("every accepted action is in the file at once, and resume gives the same state")
    func roundTrip() throws {
        let (session, path) = try Self.played()
        #expect(session.record.actions.count == 5)
        #expect(try Self.lines(path).count == 6)
        let loaded = try SaveLoader.load(path: path, language: nil, color: false).get()
        #expect(!loaded.damaged)
        #expect(loaded.notes.isEmpty)
        let resumed = Session(setup: loaded.setup)
        #expect(resumed.game.state == session.game.state)
        #expect(resumed.record == session.record)
        let start = resumed.start().joined(separator: "\n")
        #expect(start.contains("Hervat: 5 acties"))
        #expect(resumed.awaitingHandoff?.role == 2)
    }

    @Test("a truncated last line is reported with file:line and the rest is recovered")
    func truncated() throws {
        let (session, path) = try Self.played()
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(#"{"ready":{"ro"#.utf8))
        try handle.close()
        let loaded = try SaveLoader.load(path: path, language: .nl, color: false).get()
        #expect(loaded.damaged)
        #expect(loaded.notes.contains { $0.hasPrefix("\(path):7: ") && $0.contains("afgebroken") })
        #expect(loaded.setup.actions == session.record.actions)
        session.saveWriter = nil
        let resumed = try SaveLoader.resume(path: path, language: .nl, color: false).get()
        #expect(resumed.writer.path == path)
        #expect(resumed.damagedCopy == path + ".damaged")
        #expect(FileManager.default.fileExists(atPath: path + ".damaged"))
        let again = try SaveLoader.load(path: path, language: .nl, color: false).get()
        #expect(!again.damaged)
        #expect(Session(setup: again.setup).game.state == session.game.state)
    }

    @Test("garbage in the middle keeps every action before it")
    func garbage() throws {
        let (session, path) = try Self.played()
        var lines = try Self.lines(path)
        lines.insert("dit is geen json", at: 3)
        try (lines.joined(separator: "\n") + "\n").write(
            toFile: path, atomically: true, encoding: .utf8)
        let loaded = try SaveLoader.load(path: path, language: .en, color: false).get()
        #expect(loaded.damaged)
        #expect(loaded.notes.contains { $0.hasPrefix("\(path):4: ") && $0.contains("damaged") })
        #expect(loaded.setup.actions == Array(session.record.actions.prefix(2)))
    }

    @Test("a line that no longer applies is reported and the part before it kept")
    func noLongerApplies() throws {
        let (session, path) = try Self.played()
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.seekToEnd()
        try handle.write(
            contentsOf: Data(
                #"{"plan":{"project":"riool_noord","role":"beheer","year":2027}}"#.utf8 + [0x0A])
        )
        try handle.close()
        let loaded = try SaveLoader.load(path: path, language: .nl, color: false).get()
        #expect(loaded.damaged)
        #expect(
            loaded.notes.contains { $0.hasPrefix("\(path):7: ") && $0.contains("[already-ready]") })
        #expect(loaded.setup.actions == session.record.actions)
    }

    @Test("a file without a header cannot be resumed, with a clear message")
    func noHeader() throws {
        let directory = try Fixtures.temporaryDirectory()
        let path = directory + "/junk.jsonl"
        try "hallo\n".write(toFile: path, atomically: true, encoding: .utf8)
        guard case .failure(let problem) = SaveLoader.load(path: path, language: .nl, color: false)
        else {
            Issue.record("junk should not load")
            return
        }
        #expect(problem.message(in: .nl).hasPrefix("\(path):1: "))
        guard
            case .failure = SaveLoader.load(
                path: directory + "/missing.jsonl", language: .nl, color: false)
        else {
            Issue.record("a missing file should not load")
            return
        }
    }

    @Test("random damage never crashes the reader", arguments: 0..<40)
    func fuzz(_ seed: Int) throws {
        let (_, path) = try Self.played()
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        var random = SystemRandomNumberGenerator()
        for _ in 0..<(1 + seed % 5) where !bytes.isEmpty {
            let index = Int.random(in: 0..<bytes.count, using: &random)
            bytes[index] = UInt8.random(in: 0...255, using: &random)
        }
        if seed % 3 == 0 {
            bytes = Array(bytes.prefix(Int.random(in: 0...bytes.count, using: &random)))
        }
        let spec = try Fixtures.example().spec
        if case .success(let contents) = SaveReader.read(data: bytes, file: path, spec: spec) {
            #expect(contents.actions.count <= 5)
        }
    }

    @Test("an undo is noted in the save file and resume honours it")
    func undoInFile() throws {
        let (session, path) = try Self.played()
        _ = session.handle("/herstel")
        _ = session.handle("j")
        #expect(session.record.actions.count == 4)
        #expect(try Self.lines(path).last == #"{"undo":1}"#)
        let loaded = try SaveLoader.load(path: path, language: nil, color: false).get()
        #expect(Session(setup: loaded.setup).game.state == session.game.state)
    }
}
