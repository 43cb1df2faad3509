import Foundation
import Glibc
import TestSupport
import Testing

@testable import TextInterface

/// One game file, one process: a save held by another process cannot be opened, and the
/// refusal names the holder.
@Suite("Save locks", .serialized)
struct SaveLockTests {
    @Test("a save locked by another process is refused, naming its pid and command")
    func heldElsewhere() async throws {
        try await offPool {
            let path = try Fixtures.temporaryDirectory() + "/spel.jsonl"
            _ = try SaveSupport.writer(at: path)  // created, then released
            let holder = try SaveSupport.start("/usr/bin/flock", ["-x", path, "sleep", "3"])
            defer {
                holder.terminate()
                holder.waitUntilExit()
            }
            let locked = SaveSupport.wait(seconds: 3) {
                (try? String(contentsOfFile: "/proc/locks", encoding: .utf8))?
                    .contains(" \(holder.processIdentifier) ") ?? false
            }
            #expect(locked)
            let before = SaveSupport.bytes(path)
            guard
                case .failure(let problem) = SaveLoader.resume(
                    path: path, language: .en, color: false)
            else {
                Issue.record("a locked save was opened")
                return
            }
            #expect(problem.id == "in-use")
            #expect(problem.arguments.first == "\(holder.processIdentifier)")
            let message = problem.message(in: .en)
            #expect(message.contains("another process: \(holder.processIdentifier)"))
            #expect(message.contains("flock -x \(path) sleep 3"))
            #expect(SaveSupport.bytes(path) == before)
        }
    }

    @Test("while a game holds its save, another process cannot lock it")
    func heldHere() async throws {
        try await offPool {
            let path = try Fixtures.temporaryDirectory() + "/spel.jsonl"
            let writer = try SaveSupport.writer(at: path)
            let probe = try SaveSupport.start("/usr/bin/flock", ["-x", "-n", path, "true"])
            probe.waitUntilExit()
            #expect(probe.terminationStatus == 1)
            try writer.append(.ready(role: 0))
            #expect(SaveSupport.lines(path).count == 2)
        }
    }

    @Test("a second open in this process is refused too, and allowed once the first is gone")
    func heldInProcess() async throws {
        try await offPool {
            let path = try Fixtures.temporaryDirectory() + "/spel.jsonl"
            var writer: SaveWriter? = try SaveSupport.writer(at: path)
            guard
                case .failure(let problem) = SaveLoader.resume(
                    path: path, language: .nl, color: false)
            else {
                Issue.record("a save open in this process was opened again")
                return
            }
            #expect(problem.id == "in-use")
            #expect(problem.arguments.first == "\(getpid())")
            #expect(writer != nil)
            writer = nil
            #expect((try? SaveLoader.resume(path: path, language: .nl, color: false).get()) != nil)
        }
    }
}
