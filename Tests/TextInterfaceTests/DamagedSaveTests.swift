import Foundation
import Testing

@testable import TextInterface

/// Damage: only `resume` repairs (a fresh copy first, never over an older one); `replay` and
/// `--dump-state` only read and never claim a repair.
@Suite("Damaged saves")
struct DamagedSaveTests {
    /// A save of two actions followed by a torn line.
    static func damaged() throws -> String {
        let path = try Fixtures.temporaryDirectory() + "/spel.jsonl"
        let writer = try SaveSupport.writer(at: path)
        try writer.append(.plan(role: 0, project: 0, round: 1))
        try writer.append(.ready(role: 0))
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(#"{"ready":{"ro"#.utf8))
        try handle.close()
        return path
    }

    @Test("each repair keeps a new copy; earlier copies are never overwritten")
    func copiesNotOverwritten() throws {
        let path = try Self.damaged()
        try "eerste kopie\n".write(toFile: path + ".damaged", atomically: false, encoding: .utf8)
        let torn = SaveSupport.bytes(path)
        let first = try SaveLoader.resume(path: path, language: .nl, color: false).get()
        #expect(first.damagedCopy == path + ".damaged-2")
        #expect(first.loaded.setup.actions.count == 2)
        #expect(SaveSupport.bytes(path + ".damaged-2") == torn)
        try first.writer.append(.plan(role: 1, project: 2, round: 1))
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("kapot\n".utf8))
        try handle.close()
        let second = SaveSupport.bytes(path)
        _ = consume first
        let again = try SaveLoader.resume(path: path, language: .nl, color: false).get()
        #expect(again.damagedCopy == path + ".damaged-3")
        #expect(again.loaded.setup.actions.count == 3)
        #expect(SaveSupport.bytes(path + ".damaged") == Array("eerste kopie\n".utf8))
        #expect(SaveSupport.bytes(path + ".damaged-2") == torn)
        #expect(SaveSupport.bytes(path + ".damaged-3") == second)
        #expect(SaveSupport.lines(path).count == 4)
    }

    @Test("loading a damaged save for replay changes nothing and says how to repair it")
    func readOnly() throws {
        let path = try Self.damaged()
        let before = SaveSupport.bytes(path)
        for language in [Language.nl, .en] {
            let loaded = try SaveLoader.load(path: path, language: language, color: false).get()
            let notes = loaded.readOnlyNotes(path: path).joined(separator: "\n")
            #expect(loaded.damaged)
            #expect(notes.contains("\(path):4: "))
            #expect(notes.contains("wijkspel resume \(path)"))
            #expect(notes.contains("2"))
            #expect(!notes.contains("hersteld") && !notes.contains("repaired"))
        }
        #expect(SaveSupport.bytes(path) == before)
        #expect(!FileManager.default.fileExists(atPath: path + ".damaged"))
    }
}
