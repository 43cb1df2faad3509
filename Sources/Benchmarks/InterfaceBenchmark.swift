import Foundation
import GameDefinition
import GameRules
import TextInterface

/// Times what a workshop table feels: the start of `wijkspel play` up to its first prompt,
/// and the answer to one typed command (including the flushed write to the save file).
enum InterfaceBenchmark {
    /// The game a table starts with.
    static let gamePath = "Games/wijken-van-de-toekomst.toml"

    /// Runs both parts.
    static func run() {
        print("Text interface benchmark on \(gamePath) (release build expected)")
        startup(runs: 10)
        commands(count: 3_000)
        journal(count: 1_000)
    }

    /// Starts the real executable `runs` times and reports the time to its first prompt.
    static func startup(runs: Int) {
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("wijkspel")
        guard FileManager.default.isExecutableFile(atPath: binary.path) else {
            print("  startup: build wijkspel first (swift build -c release)")
            return
        }
        var times: [Double] = []
        for run in 0..<runs {
            let save = FileManager.default.temporaryDirectory
                .appendingPathComponent(
                    "wijkspel-bench-\(ProcessInfo.processInfo.processIdentifier)-\(run).jsonl")
            defer { try? FileManager.default.removeItem(at: save) }
            if let seconds = timeToFirstPrompt(binary: binary, save: save.path) {
                times.append(seconds)
            }
        }
        guard !times.isEmpty else {
            print("  startup: no prompt seen")
            return
        }
        times.sort()
        print(
            String(
                format:
                    "  startup to the first prompt: median %.1f ms, best %.1f ms (%d runs; floor 200 ms)",
                times[times.count / 2] * 1000, times[0] * 1000, times.count))
    }

    /// Seconds from launching `wijkspel play` until its output shows a prompt. With input from a
    /// pipe the prompt is shown with the echo of the line typed after it, so one Enter is sent.
    static func timeToFirstPrompt(binary: URL, save: String) -> Double? {
        let process = Process()
        process.executableURL = binary
        process.arguments = ["play", gamePath, "--seed", "1", "--save", save]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        let start = DispatchTime.now()
        guard (try? process.run()) != nil else { return nil }
        input.fileHandleForWriting.write(Data("\n".utf8))
        var seen = Data()
        var elapsed: Double?
        while elapsed == nil {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            seen.append(chunk)
            if String(decoding: seen, as: UTF8.self).contains(">\n") {
                elapsed =
                    Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
            }
        }
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
        return elapsed
    }

    /// Sends `count` commands to a session (views, plans and their undoing) and reports the
    /// mean and the slowest answer.
    static func commands(count: Int) {
        let read = GameDefinitionReader.read(contentsOf: gamePath)
        guard let spec = read.spec else {
            print("  commands: cannot read \(gamePath)")
            return
        }
        let save = FileManager.default.temporaryDirectory
            .appendingPathComponent(
                "wijkspel-bench-\(ProcessInfo.processInfo.processIdentifier).jsonl")
        defer { try? FileManager.default.removeItem(at: save) }
        let setup = SessionSetup(
            spec: spec, gamePath: gamePath, definitionHash: read.hash, seed: 1, language: .nl)
        let writer = try? SaveWriter.create(
            path: save.path, header: setup.header, spec: spec, actions: [])
        let session = Session(setup: setup, saveWriter: writer)
        _ = session.start()
        _ = session.handle("")
        let lines = [
            "status", "plan riool_noord", "wijk noord", "vertrouwen", "schrap riool_noord",
            "fondsen", "tijdlijn", "help", "scores", "plannen",
        ]
        var outputLines = 0
        guard
            let (mean, slowest) = timed(
                count,
                { index in
                    outputLines += session.handle(lines[index % lines.count]).count
                    return true
                })
        else { return }
        print(
            String(
                format:
                    "  response to a command: mean %.3f ms, slowest %.3f ms (%d commands, %d lines out; floor 10 ms)",
                mean * 1000, slowest * 1000, count, outputLines))
    }

    /// Appends `count` actions to a save (one `write(2)` and one `fdatasync` each) and reports
    /// the mean and the slowest append: what durability costs per accepted action.
    static func journal(count: Int) {
        let read = GameDefinitionReader.read(contentsOf: gamePath)
        guard let spec = read.spec else { return }
        let save = FileManager.default.temporaryDirectory
            .appendingPathComponent(
                "wijkspel-bench-journal-\(ProcessInfo.processInfo.processIdentifier).jsonl")
        defer { try? FileManager.default.removeItem(at: save) }
        let setup = SessionSetup(
            spec: spec, gamePath: gamePath, definitionHash: read.hash, seed: 1, language: .nl)
        guard
            let writer = try? SaveWriter.create(
                path: save.path, header: setup.header, spec: spec, actions: [])
        else {
            print("  journal: cannot create \(save.path)")
            return
        }
        guard
            let (mean, slowest) = timed(
                count,
                { _ in
                    (try? writer.append(.facilitator(.adjustBudget(role: 0, by: 1)))) != nil
                })
        else {
            print("  journal: a write failed")
            return
        }
        print(
            String(
                format: "  synced append to the save: mean %.3f ms, slowest %.3f ms (%d appends)",
                mean * 1000, slowest * 1000, count))
    }

    /// Runs `body` `count` times (stopping when it returns false) and gives the mean and the
    /// slowest run in seconds, or nil when it stopped.
    static func timed(_ count: Int, _ body: (Int) -> Bool) -> (mean: Double, slowest: Double)? {
        var total = 0.0
        var slowest = 0.0
        for index in 0..<count {
            let start = DispatchTime.now()
            guard body(index) else { return nil }
            let seconds =
                Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
            total += seconds
            slowest = max(slowest, seconds)
        }
        return (total / Double(max(1, count)), slowest)
    }
}
