import Foundation
import GameRules
import Strategies
import TestSupport
import Testing

@testable import TextInterface

/// The save writer is the table's journal: whole lines, by id, undo included.
@Suite("Save journal")
struct SaveJournalTests {
    @Test("a writer used as a TableJournal writes each entry as one line, read back the same")
    func journal() async throws {
        try await offPool {
            let path = try Fixtures.temporaryDirectory() + "/s.jsonl"
            let journal: any TableJournal = try SaveSupport.writer(at: path)
            let actions: [Action] = [
                .plan(role: 0, project: 0, round: 1), .contribute(role: 0, fund: 0, amount: 10),
                .facilitator(.adjustTrust(from: 1, to: 2, by: -3)),
            ]
            for action in actions { try journal.append(action) }
            try journal.appendUndo(1)
            let lines = SaveSupport.lines(path)
            #expect(lines.count == 5)
            #expect(lines[1] == #"{"plan":{"project":"riool_noord","role":"beheer","year":2027}}"#)
            #expect(lines[4] == #"{"undo":1}"#)
            let spec = try Fixtures.example().spec
            let read = try SaveReader.read(data: SaveSupport.bytes(path), file: path, spec: spec)
                .get()
            #expect(read.actions == Array(actions.prefix(2)))
            #expect(read.undos == 1)
        }
    }

    @Test("resume without a file skips empty files left by a failed creation")
    func latestSkipsEmpty() async throws {
        try await offPool {
            let base = try Fixtures.temporaryDirectory()
            let saves = base + "/saves"
            _ = try SaveSupport.writer(at: saves + "/a.jsonl")
            usleep(20_000)
            #expect(FileManager.default.createFile(atPath: saves + "/b.jsonl", contents: Data()))
            let latest = SaveLocation.latest(environment: [:], workingDirectory: base)
            #expect(latest == saves + "/a.jsonl")
        }
    }

    @Test("an amount JSON cannot hold is refused and nothing is written")
    func notANumber() async throws {
        try await offPool {
            let path = try Fixtures.temporaryDirectory() + "/s.jsonl"
            let writer = try SaveSupport.writer(at: path)
            let before = SaveSupport.bytes(path)
            #expect(throws: SaveProblem.self) {
                try writer.append(.facilitator(.adjustBudget(role: 0, by: .nan)))
            }
            #expect(SaveSupport.bytes(path) == before)
            try writer.append(.ready(role: 0))
            #expect(SaveSupport.lines(path).count == 2)
        }
    }
}
