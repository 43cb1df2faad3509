import Foundation
import TestSupport
import Testing

@testable import TextInterface

/// The save rules as the `wijkspel` executable shows them: exit status and messages.
@Suite("Saves from the command line", .serialized)
struct CommandLineSaveTests {
    /// The result of running the executable to its end.
    struct Run {
        /// The exit status.
        var status: Int32
        /// Everything written to standard error.
        var errors: String
    }

    /// Runs `wijkspel` with `arguments` in `directory`, with `input` as standard input.
    static func run(
        _ arguments: [String], in directory: String, input: String = "",
        environment: [String: String]? = nil
    ) throws -> Run {
        let binary = try #require(SaveSupport.binary, "the wijkspel executable is not built")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        if let environment { process.environment = environment }
        let stdin = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = FileHandle.nullDevice
        process.standardError = stderr
        try process.run()
        // A refused run may exit before it reads its input; the write then fails, harmlessly.
        try? stdin.fileHandleForWriting.write(contentsOf: Data(input.utf8))
        try? stdin.fileHandleForWriting.close()
        let errors = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, errors: String(decoding: errors, as: UTF8.self))
    }

    @Test("play --save onto a directory is refused with status 1 and the directory stays")
    func directory() async throws {
        try await offPool {
            let base = try Fixtures.temporaryDirectory()
            try FileManager.default.createDirectory(
                atPath: base + "/d", withIntermediateDirectories: true)
            try "x".write(toFile: base + "/d/inhoud", atomically: false, encoding: .utf8)
            let run = try Self.run(
                ["play", Fixtures.examplePath, "--save", "d", "--lang", "en"], in: base,
                input: "stop\n"
            )
            #expect(run.status == 1)
            #expect(run.errors.contains("\(base)/d: this is a directory"))
            #expect(SaveSupport.bytes(base + "/d/inhoud") == Array("x".utf8))
        }
    }

    @Test("resume without a file names the one it picked and how many actions it has")
    func picked() async throws {
        try await offPool {
            let base = try Fixtures.temporaryDirectory()
            let home = ["HOME": base + "/home", "PATH": "/usr/bin:/bin"]
            let first = try Self.run(
                ["play", Fixtures.examplePath, "--seed", "4"], in: base,
                input: "\nplan riool_noord 2027\nklaar\nstop\n", environment: home)
            #expect(first.status == 0)
            let name = try #require(
                try FileManager.default.contentsOfDirectory(atPath: base + "/saves").first)
            let again = try Self.run(["resume"], in: base, input: "stop\n", environment: home)
            #expect(again.status == 0)
            #expect(again.errors.contains("Hervat \(base)/saves/\(name) (2 acties)."))
        }
    }

    @Test("a second resume of an open game is refused, naming the first process")
    func secondResume() async throws {
        try await offPool {
            let base = try Fixtures.temporaryDirectory()
            let save = base + "/s.jsonl"
            _ = try SaveSupport.writer(at: save)
            let binary = try #require(SaveSupport.binary)
            let stdin = Pipe()
            let first = Process()
            first.executableURL = URL(fileURLWithPath: binary)
            first.arguments = ["resume", save]
            first.standardInput = stdin
            first.standardOutput = FileHandle.nullDevice
            first.standardError = FileHandle.nullDevice
            try first.run()
            defer {
                try? stdin.fileHandleForWriting.close()
                first.waitUntilExit()
            }
            #expect(
                SaveSupport.wait(seconds: 5) {
                    (try? String(contentsOfFile: "/proc/locks", encoding: .utf8))?
                        .contains(" \(first.processIdentifier) ") ?? false
                })
            let second = try Self.run(["resume", save, "--lang", "en"], in: base, input: "stop\n")
            #expect(second.status == 1)
            #expect(
                second.errors.contains(
                    "another process: \(first.processIdentifier) (\(binary) resume \(save))"))
        }
    }

    @Test("with nowhere to save, play does not start; --no-save plays without a file")
    func nowhere() async throws {
        try await offPool {
            let base = try Fixtures.temporaryDirectory()
            try "".write(toFile: base + "/saves", atomically: false, encoding: .utf8)
            let environment = ["PATH": "/usr/bin:/bin"]
            let refused = try Self.run(
                ["play", Fixtures.examplePath], in: base, input: "stop\n", environment: environment)
            #expect(refused.status == 1)
            #expect(refused.errors.contains("--no-save"))
            let unsaved = try Self.run(
                ["play", Fixtures.examplePath, "--no-save"], in: base, input: "stop\n",
                environment: environment)
            #expect(unsaved.status == 0)
        }
    }
}
