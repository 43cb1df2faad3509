import Foundation
import Testing

/// A program of this package as built beside the test bundle, run with chosen standard
/// streams; the result says how it ended.
struct BuiltProgram {
    /// How standard output is connected.
    enum Output {
        /// A pipe that is read.
        case pipe
        /// A file opened for writing, such as `/dev/full`.
        case file(String)
        /// Closed before the program starts (`>&-`).
        case closed
        /// A pipe whose reading end is closed, so writes fail with `EPIPE`.
        case brokenPipe
    }

    /// How a run ended.
    struct Ending {
        /// The exit status, or the signal's number when `signaled`.
        var status: Int32
        /// Whether a signal ended it (a trap is a signal).
        var signaled: Bool
        /// What it wrote to standard error.
        var errors: String
        /// What it wrote to standard output, when that was a pipe.
        var output = ""
    }

    /// The executable's path.
    let path: String

    /// The product `name` in the build directory of the running tests.
    init(_ name: String) {
        let tests = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        var directory = tests.deletingLastPathComponent()
        if directory.pathExtension == "xctest" { directory.deleteLastPathComponent() }
        path = directory.appendingPathComponent(name).path
    }

    /// Whether the executable exists (`swift build` builds it with the tests).
    var exists: Bool { FileManager.default.isExecutableFile(atPath: path) }

    /// Runs with `arguments`, `input` on standard input (nil: closed) and `output`.
    func run(
        _ arguments: [String], input: Data? = Data(), output: Output = .pipe,
        environment: [String: String] = [:], directory: String? = nil
    ) throws -> Ending {
        let process = Process()
        var streams = ""
        if input == nil { streams += " <&-" }
        if case .closed = output { streams += " >&-" }
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "exec \"$0\" \"$@\"" + streams, path] + arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        let inputPipe = Pipe()
        process.standardInput = input == nil ? nil : inputPipe
        let outputPipe = Pipe()
        switch output {
        case .pipe, .brokenPipe, .closed: process.standardOutput = outputPipe
        case .file(let file): process.standardOutput = FileHandle(forWritingAtPath: file)
        }
        if case .brokenPipe = output { try outputPipe.fileHandleForReading.close() }
        let errorPipe = Pipe()
        process.standardError = errorPipe
        try process.run()
        if let input {
            try inputPipe.fileHandleForWriting.write(contentsOf: input)
            try inputPipe.fileHandleForWriting.close()
        }
        // Standard output is read on its own thread, so a program that fills one pipe
        // while the other is read cannot block.
        let written = OutputCollector()
        let reading = DispatchGroup()
        if case .pipe = output {
            let handle = outputPipe.fileHandleForReading
            DispatchQueue.global().async(group: reading) {
                written.set(handle.readDataToEndOfFile())
            }
        }
        let errors = errorPipe.fileHandleForReading.readDataToEndOfFile()
        reading.wait()
        process.waitUntilExit()
        return Ending(
            status: process.terminationStatus,
            signaled: process.terminationReason == .uncaughtSignal,
            errors: String(decoding: errors, as: UTF8.self),
            output: String(decoding: written.data, as: UTF8.self))
    }
}

/// Bytes read on another thread, handed over under a lock.
private final class OutputCollector: @unchecked Sendable {
    private let lock = NSLock()
    private var bytes = Data()

    /// The bytes read.
    var data: Data { lock.withLock { bytes } }

    /// Keeps what was read.
    func set(_ data: Data) { lock.withLock { bytes = data } }
}
