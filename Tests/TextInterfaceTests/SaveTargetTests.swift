import Foundation
import Glibc
import Testing

@testable import TextInterface

/// Saving onto something that is not a new file is refused, and that thing stays intact.
@Suite("Save targets")
struct SaveTargetTests {
    /// The error id thrown when creating a save at `path`, or nil when it was created.
    static func refusal(_ path: String) throws -> String? {
        do {
            _ = try SaveSupport.writer(at: path)
            return nil
        } catch let problem as SaveProblem {
            return problem.id
        }
    }

    @Test("a directory is refused and kept with its contents")
    func directory() throws {
        let base = try Fixtures.temporaryDirectory()
        let target = base + "/spel"
        try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: true)
        try "bewaren\n".write(toFile: target + "/inhoud.txt", atomically: false, encoding: .utf8)
        #expect(try Self.refusal(target) == "is-directory")
        #expect(SaveFileKind(path: target) == .directory)
        #expect(SaveSupport.bytes(target + "/inhoud.txt") == Array("bewaren\n".utf8))
    }

    @Test("a FIFO is refused without hanging and stays a FIFO")
    func fifo() throws {
        let target = try Fixtures.temporaryDirectory() + "/pijp"
        #expect(mkfifo(target, 0o644) == 0)
        #expect(try Self.refusal(target) == "not-regular")
        #expect(SaveFileKind(path: target) == .special)
    }

    @Test("a symbolic link is refused and neither it nor its target changes")
    func symlink() throws {
        let base = try Fixtures.temporaryDirectory()
        let real = base + "/echt.jsonl"
        try "eerder spel\n".write(toFile: real, atomically: false, encoding: .utf8)
        #expect(Glibc.symlink(real, base + "/link.jsonl") == 0)
        #expect(try Self.refusal(base + "/link.jsonl") == "is-symlink")
        #expect(SaveFileKind(path: base + "/link.jsonl") == .symlink)
        #expect(SaveSupport.bytes(real) == Array("eerder spel\n".utf8))
        // A dangling link is refused too: following it would create its target.
        #expect(Glibc.symlink(base + "/nergens.jsonl", base + "/los.jsonl") == 0)
        #expect(try Self.refusal(base + "/los.jsonl") == "is-symlink")
        #expect(SaveFileKind(path: base + "/nergens.jsonl") == .missing)
    }

    @Test("an existing file is refused, kept byte for byte, and the message says to resume")
    func existing() throws {
        let target = try Fixtures.temporaryDirectory() + "/oud.jsonl"
        let before = SaveSupport.bytes(
            Fixtures.root + "/Tests/TextInterfaceTests/Fixtures/v1-script.jsonl")
        #expect(FileManager.default.createFile(atPath: target, contents: Data(before)))
        do {
            _ = try SaveSupport.writer(at: target)
            Issue.record("an existing save was opened as a new one")
        } catch let problem as SaveProblem {
            #expect(problem.id == "exists")
            #expect(problem.message(in: .en).contains("wijkspel resume \(target)"))
            #expect(problem.message(in: .nl).contains("wijkspel resume \(target)"))
        }
        #expect(SaveSupport.bytes(target) == before)
    }

    @Test("/bewaar onto the game file is refused and the game file is unchanged")
    func facilitatorOntoGameFile() throws {
        let base = try Fixtures.temporaryDirectory()
        let game = base + "/voorbeeld.toml"
        try FileManager.default.copyItem(atPath: Fixtures.examplePath, toPath: game)
        let before = SaveSupport.bytes(game)
        let session = try Fixtures.session(writer: try SaveSupport.writer(at: base + "/s.jsonl"))
        let answer = session.handle("/bewaar \(game)").joined(separator: "\n")
        #expect(answer.contains("[exists]"))
        #expect(SaveSupport.bytes(game) == before)
        #expect(session.saveWriter?.path == base + "/s.jsonl")
    }

    @Test("a new game's file is created in a directory that does not exist yet")
    func createsDirectories() throws {
        let target = try Fixtures.temporaryDirectory() + "/nieuw/map/spel.jsonl"
        let writer = try SaveSupport.writer(at: target)
        #expect(writer.path == target)
        #expect(SaveSupport.lines(target).count == 1)
    }
}
