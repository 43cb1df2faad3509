import Foundation
import GameDefinition
import GameRules
import Server
import Strategies
import TextInterface

/// A load test of `wijkspel serve` on loopback: 50 tables with 5 clients each (four seats
/// sending the moves of bots as typed commands, and a wall polling), every table playing a
/// whole game. Reports the command latency (p50, p99) and the server's peak memory.
enum ServeLoadBenchmark {
    /// The game played at every table.
    static let gamePath = "Games/voorbeeld.toml"

    /// Runs the load test with `tables` tables, with and without the debriefs written at
    /// the end of each game (they take a core of the two while the others play).
    static func run(tables: Int = 50) {
        run(tables: tables, debriefs: true)
        run(tables: tables, debriefs: false)
    }

    /// Runs the load test once.
    static func run(tables: Int, debriefs: Bool) {
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("wijkspel").path
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            print("  serve load: build wijkspel first (swift build -c release)")
            return
        }
        let read = GameDefinitionReader.read(contentsOf: gamePath)
        guard let spec = read.spec else {
            print("  serve load: \(gamePath) does not read")
            return
        }
        let scratch = NSTemporaryDirectory() + "wijkspel-load-\(getpid())"
        try? FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let server = Process()
        server.executableURL = URL(fileURLWithPath: binary)
        server.arguments =
            [
                "serve", gamePath, "--tables", "\(tables)", "--port", "0", "--no-console", "--seed",
                "3",
                "--dir", scratch + "/served", "--codes", scratch + "/codes.json",
            ] + (debriefs ? [] : ["--no-debrief"])
        // The console goes to a file: a pipe nobody empties would fill and stop the server.
        let consolePath = scratch + "/console.txt"
        guard FileManager.default.createFile(atPath: consolePath, contents: nil),
            let output = FileHandle(forWritingAtPath: consolePath)
        else { return }
        server.standardOutput = output
        server.standardError = FileHandle.nullDevice
        guard (try? server.run()) != nil, let port = announcedPort(consolePath) else {
            print("  serve load: the server did not start")
            server.terminate()
            return
        }
        defer {
            server.terminate()
            server.waitUntilExit()
        }
        guard let data = FileManager.default.contents(atPath: scratch + "/codes.json"),
            let codes = try? JSONDecoder().decode(ServeManifest.CodesFile.self, from: data)
        else {
            print("  serve load: no codes file")
            return
        }
        let games = (0..<tables).map { _ in botGame(spec) }
        let latencies = Latencies()
        let clientCPUBefore = cpuSeconds(of: getpid())
        let start = DispatchTime.now()
        let group = DispatchGroup()
        let watchers = DispatchGroup()
        for table in 0..<tables {
            let codes = codes.tables[table]
            let commands = games[table]
            let finished = Flag()
            group.enter()
            watchers.enter()
            Thread.detachNewThread {
                defer { group.leave() }
                play(commands, codes: codes, port: port, latencies: latencies)
                finished.set()
            }
            Thread.detachNewThread {
                defer { watchers.leave() }
                watchWall(table: table + 1, port: port, until: finished)
            }
        }
        group.wait()
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        let peak = peakMemory(of: server.processIdentifier)
        let cpu = cpuSeconds(of: server.processIdentifier)
        let clientCPU = cpuSeconds(of: getpid()) - clientCPUBefore
        // The walls' last long polls end when the server stops.
        server.terminate()
        _ = watchers.wait(timeout: .now() + 25)
        var complete = 0
        for table in 0..<tables {
            let save =
                (try? String(
                    contentsOfFile: scratch + "/served/table-\(table + 1).jsonl", encoding: .utf8))
                ?? ""
            if save.split(separator: "\n").count - 1 == games[table].count { complete += 1 }
        }
        let sorted = latencies.sorted()
        guard !sorted.isEmpty else {
            print("  serve load: no command answered")
            return
        }
        let p50 = sorted[sorted.count / 2] * 1000
        let p99 = sorted[min(sorted.count - 1, sorted.count * 99 / 100)] * 1000
        print(
            String(
                format:
                    "  serve load%@: %d tables × 5 clients, %d commands in %.1f s (%d refused or lost); whole games saved: %d of %d",
                debriefs ? "" : " without debriefs", tables, sorted.count, seconds,
                latencies.failures, complete, tables))
        print(
            String(
                format: "    command latency p50 %.2f ms, p99 %.2f ms (floor p99 ≤ 20 ms)", p50, p99
            ))
        print(String(format: "    server peak memory %.1f MB (floor ≤ 200 MB)", peak))
        print(
            String(
                format: "    server CPU %.2f s in all, %.0f µs a command; the clients' CPU %.2f s",
                cpu, cpu / Double(sorted.count) * 1e6, clientCPU))
    }

    /// The port the server printed in its `players: http://127.0.0.1:PORT/` line.
    static func announcedPort(_ path: String) -> Int? {
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline {
            Thread.sleep(forTimeInterval: 0.05)
            let seen = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
            if let range = seen.range(of: "http://127.0.0.1:") {
                let digits = seen[range.upperBound...].prefix { $0.isNumber }
                if let port = Int(digits),
                    seen[range.upperBound...].dropFirst(digits.count).first == "/"
                {
                    return port
                }
            }
        }
        return nil
    }

    /// A whole game of four bots (one of each kind): who acted, and the line typed.
    static func botGame(_ spec: GameSpec) -> [(role: String, line: String)] {
        let kinds: [StrategyKind] = [.cooperative, .sectoral, .reciprocal, .greedy]
        var bots: [Int: any Strategy] = [:]
        for role in spec.roles.indices { bots[role] = kinds[role % kinds.count].make() }
        var table = Table(spec: spec, seed: 3, bots: bots)
        while table.stepBot() != nil {}
        return table.record.actions.compactMap { action in
            guard let role = action.role, let line = ActionCommand.line(for: action, in: spec)
            else {
                return nil
            }
            return (spec.roles[role].id, line)
        }
    }

    /// The least time between two commands of one seat: the server allows a person ten a
    /// second, so the bots type a little slower than that.
    static let typingInterval = 0.11

    /// Sends a table's commands in order, each from its role's seat, timing each answer.
    static func play(
        _ commands: [(role: String, line: String)], codes: TableCodes, port: Int,
        latencies: Latencies
    ) {
        var lastSent: [String: Double] = [:]
        for command in commands {
            guard let code = codes.roles[command.role] else { continue }
            let now = Double(DispatchTime.now().uptimeNanoseconds) / 1e9
            if let last = lastSent[command.role], now - last < typingInterval {
                Thread.sleep(forTimeInterval: typingInterval - (now - last))
            }
            lastSent[command.role] = Double(DispatchTime.now().uptimeNanoseconds) / 1e9
            let start = DispatchTime.now()
            let answer = LoopbackHTTP.request(
                port: port, method: "POST", path: "/api/send",
                headers: ["X-Wijkspel-Code": code, "Content-Type": "text/plain"], body: command.line
            )
            let seconds =
                Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
            latencies.add(seconds, ok: answer?.status == 204)
        }
    }

    /// Long-polls a table's wall until the table's game is played (or the server stops).
    static func watchWall(table: Int, port: Int, until finished: Flag) {
        var after = 0
        while !finished.isSet {
            guard
                let answer = LoopbackHTTP.request(
                    port: port, method: "GET", path: "/api/wall?table=\(table)&after=\(after)",
                    timeout: 25),
                answer.status == 200,
                let next = LoopbackHTTP.number(after: "\"next\":", in: answer.body)
            else { return }
            after = next
        }
    }

    /// The processor time (user and system) process `pid` has used so far, in seconds.
    static func cpuSeconds(of pid: Int32) -> Double {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let close = stat.lastIndex(of: ")")
        else { return .nan }
        // After the command name: state is field 3, utime and stime are fields 14 and 15.
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        guard fields.count > 12, let user = Double(fields[11]), let system = Double(fields[12])
        else { return .nan }
        return (user + system) / Double(sysconf(Int32(_SC_CLK_TCK)))
    }

    /// The peak resident memory of process `pid`, in MB (VmHWM from /proc).
    static func peakMemory(of pid: Int32) -> Double {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
            let kilobytes = Double(line.split(separator: " ").dropFirst().first ?? "")
        else { return .nan }
        return kilobytes / 1024
    }
}

/// Command latencies gathered from many threads.
final class Latencies: @unchecked Sendable {
    // @unchecked: every access goes through `lock`.
    private let lock = NSLock()
    private var seconds: [Double] = []
    private var failed = 0

    /// Adds one command's answer time; `ok` is false when it was refused or lost.
    func add(_ value: Double, ok: Bool) {
        lock.lock()
        defer { lock.unlock() }
        seconds.append(value)
        if !ok { failed += 1 }
    }

    /// The times, sorted.
    func sorted() -> [Double] {
        lock.lock()
        defer { lock.unlock() }
        return seconds.sorted()
    }

    /// The commands refused or lost.
    var failures: Int {
        lock.lock()
        defer { lock.unlock() }
        return failed
    }
}

/// A flag one thread sets and others read.
final class Flag: @unchecked Sendable {
    // @unchecked: every access goes through `lock`.
    private let lock = NSLock()
    private var value = false

    /// Sets the flag.
    func set() {
        lock.lock()
        value = true
        lock.unlock()
    }

    /// Whether the flag is set.
    var isSet: Bool {
        lock.lock()
        defer { lock.unlock() }
        return value
    }
}
