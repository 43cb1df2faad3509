import Foundation
import GameRules
import Glibc
import TextInterface

/// Helpers for the save tests: new save files, file bytes, and other processes.
enum SaveSupport {
    /// A new save of the example game at `path`, with no actions yet.
    static func writer(at path: String, language: Language = .nl) throws -> SaveWriter {
        let setup = try Fixtures.setup(language: language)
        return try SaveWriter.create(
            path: path, header: setup.header, spec: setup.spec, actions: [])
    }

    /// The bytes of the file at `path` (empty when unreadable).
    static func bytes(_ path: String) -> [UInt8] {
        FileManager.default.contents(atPath: path).map { [UInt8]($0) } ?? []
    }

    /// The lines of the file at `path`.
    static func lines(_ path: String) -> [String] {
        String(decoding: bytes(path), as: UTF8.self).split(separator: "\n").map(String.init)
    }

    /// The built `wijkspel` executable, next to the test bundle or in `.build/debug`.
    static var binary: String? {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("wijkspel").path
        for path in [beside, Fixtures.root + "/.build/debug/wijkspel"]
        where FileManager.default.isExecutableFile(atPath: path) {
            return path
        }
        return nil
    }

    /// Starts `executable` with `arguments` in `directory`, output discarded.
    static func start(
        _ executable: String, _ arguments: [String], in directory: String? = nil
    ) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Waits until `condition` holds or `seconds` pass; returns whether it held.
    static func wait(seconds: Double, until condition: () -> Bool) -> Bool {
        let end = Date().addingTimeInterval(seconds)
        while Date() < end {
            if condition() { return true }
            usleep(20_000)
        }
        return condition()
    }
}
