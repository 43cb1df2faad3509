import Foundation
import TestSupport
import Testing

/// The built programs with broken standard streams: a full disk, a closed or broken standard
/// output, a closed or endless standard input. Each ends with a message and a non-zero
/// status, never a crash; a game's save keeps what was accepted.
@Suite("Process faults", .serialized)
struct ProcessFaultTests {
    static let wijkspel = BuiltProgram("wijkspel")
    static let decoder = BuiltProgram("toml-decoder")

    /// How standard output fails, and the words the message must hold.
    struct Fault: CustomStringConvertible, Sendable {
        let name: String
        let output: @Sendable () -> BuiltProgram.Output
        let reason: String
        var description: String { name }
    }

    static let faults: [Fault] = [
        Fault(name: "full disk", output: { .file("/dev/full") }, reason: "errno 28"),
        Fault(name: "closed", output: { .closed }, reason: "errno 9"),
        Fault(name: "broken pipe", output: { .brokenPipe }, reason: "errno 32"),
    ]

    @Test("a game whose output fails stops with one message and keeps its save", arguments: faults)
    func play(_ fault: Fault) async throws {
        try await offPool {
            try #require(Self.wijkspel.exists, "build wijkspel first: \(Self.wijkspel.path)")
            let directory = try Fixtures.temporaryDirectory()
            let save = directory + "/game.jsonl"
            let ending = try Self.wijkspel.run(
                ["play", Fixtures.examplePath, "--seed", "3", "--save", save],
                input: Data("\nklaar\n\nklaar\n".utf8), output: fault.output(),
                environment: ["NO_COLOR": "1"])
            #expect(!ending.signaled, "ended by signal \(ending.status)")
            #expect(ending.status == 1)
            let messages = ending.errors.split(separator: "\n").filter { $0.contains(fault.reason) }
            #expect(messages.count == 1, "\(ending.errors)")
            let saved = try String(contentsOfFile: save, encoding: .utf8)
            #expect(saved.split(separator: "\n").count == 1, "only the header, no action unseen")
        }
    }

    @Test("a one-shot command whose output fails ends with a message", arguments: faults)
    func help(_ fault: Fault) async throws {
        try await offPool {
            try #require(Self.wijkspel.exists, "build wijkspel first: \(Self.wijkspel.path)")
            let ending = try Self.wijkspel.run(
                ["validate", Fixtures.examplePath], output: fault.output())
            #expect(!ending.signaled, "ended by signal \(ending.status)")
            #expect(ending.status == 1)
            #expect(ending.errors.contains("cannot write to standard output"), "\(ending.errors)")
            #expect(ending.errors.contains(fault.reason), "\(ending.errors)")
        }
    }

    @Test("a game skips an endless line and reads on")
    func longLine() async throws {
        try await offPool {
            try #require(Self.wijkspel.exists, "build wijkspel first: \(Self.wijkspel.path)")
            let directory = try Fixtures.temporaryDirectory()
            var input = Data(repeating: 0, count: 1 << 20)
            input.append(Data("\n\nstop\n".utf8))
            let output = directory + "/out.txt"
            #expect(FileManager.default.createFile(atPath: output, contents: nil))
            let ending = try Self.wijkspel.run(
                ["play", Fixtures.examplePath, "--seed", "3", "--save", directory + "/game.jsonl"],
                input: input, output: .file(output), environment: ["NO_COLOR": "1"])
            #expect(!ending.signaled)
            #expect(ending.status == 0, "\(ending.errors)")
            let shown = try String(contentsOfFile: output, encoding: .utf8)
            #expect(shown.contains("[line-too-long]"))
            #expect(shown.contains("stop"), "the lines after the long one are read")
        }
    }

    @Test("toml-decoder with a closed standard input says so")
    func closedInput() async throws {
        try await offPool {
            try #require(Self.decoder.exists, "build toml-decoder first: \(Self.decoder.path)")
            let ending = try Self.decoder.run([], input: nil)
            #expect(!ending.signaled, "ended by signal \(ending.status)")
            #expect(ending.status == 1)
            #expect(ending.errors.contains("standard input is closed"), "\(ending.errors)")
        }
    }

    @Test("toml-decoder stops reading past its limit")
    func tooLarge() async throws {
        try await offPool {
            try #require(Self.decoder.exists, "build toml-decoder first: \(Self.decoder.path)")
            let input = Data(repeating: UInt8(ascii: "#"), count: 5000)
            let ending = try Self.decoder.run(
                [], input: input, environment: ["TOML_DECODER_MAX_BYTES": "4096"])
            #expect(!ending.signaled)
            #expect(ending.status == 1)
            #expect(ending.errors.contains("larger than 4096 bytes"), "\(ending.errors)")
            let fits = try Self.decoder.run(
                [], input: Data("a = 1\n".utf8), environment: ["TOML_DECODER_MAX_BYTES": "4096"])
            #expect(fits.status == 0, "\(fits.errors)")
        }
    }

    @Test("toml-decoder whose output fails ends with a message", arguments: faults)
    func decoderOutput(_ fault: Fault) async throws {
        try await offPool {
            try #require(Self.decoder.exists, "build toml-decoder first: \(Self.decoder.path)")
            let ending = try Self.decoder.run(
                [], input: Data("a = 1\n".utf8), output: fault.output())
            #expect(!ending.signaled, "ended by signal \(ending.status)")
            #expect(ending.status == 1)
            #expect(ending.errors.contains("cannot write standard output"), "\(ending.errors)")
        }
    }
}
