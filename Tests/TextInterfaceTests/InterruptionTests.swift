import Foundation
import TestSupport
import Testing

/// Ctrl-C ends the built program with status 130 and says how to resume the saved game.
@Suite("Ctrl-C")
struct InterruptionTests {
    /// The `wijkspel` executable beside the test bundle.
    static let program: String = {
        var directory = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
            .deletingLastPathComponent()
        if directory.pathExtension == "xctest" { directory.deleteLastPathComponent() }
        return directory.appendingPathComponent("wijkspel").path
    }()

    @Test(
        "SIGINT while waiting for input", arguments: [("nl", "Onderbroken"), ("en", "Interrupted")])
    func interrupt(_ language: String, _ word: String) async throws {
        try await offPool {
            try #require(
                FileManager.default.isExecutableFile(atPath: Self.program),
                "build the program first: swift build")
            let directory = try Fixtures.temporaryDirectory()
            let save = directory + "/game.jsonl"
            let process = Process()
            process.executableURL = URL(fileURLWithPath: Self.program)
            process.arguments = [
                "play", Fixtures.examplePath, "--seed", "5", "--lang", language, "--save", save,
            ]
            let input = Pipe()
            let output = Pipe()
            process.standardInput = input
            process.standardOutput = output
            process.standardError = Pipe()
            try process.run()
            try input.fileHandleForWriting.write(contentsOf: Data("\nstatus\n".utf8))
            var seen = Data()
            let deadline = Date().addingTimeInterval(20)
            while !String(decoding: seen, as: UTF8.self).contains("· "), Date() < deadline {
                seen += output.fileHandleForReading.availableData
            }
            Thread.sleep(forTimeInterval: 0.3)
            process.interrupt()
            let rest = output.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            try? input.fileHandleForWriting.close()
            let shown = String(decoding: seen + rest, as: UTF8.self)
            #expect(process.terminationStatus == 130)
            #expect(process.terminationReason == .exit)
            #expect(shown.contains(word) && shown.contains("wijkspel resume " + save), "\(shown)")
        }
    }
}
