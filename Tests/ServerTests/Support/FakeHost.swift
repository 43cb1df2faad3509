import Foundation
import Server

/// A stand-in game for the transports: two tables, four codes, every received line echoed
/// into the seat's output and told on the table's wall.
///
/// Thread-safe (every member behind one lock) so a test can read its counters and push
/// output while the loop runs on its own thread.
final class FakeHost: LineHost, @unchecked Sendable {
    // @unchecked: all mutable state is reached only through `lock`.
    /// The codes, as the transports pass them (normalized), and the seats they open.
    static let codes: [String: SeatKey] = [
        "K7QXM2PDRT": SeatKey(table: 1, role: "beheer"),
        "B2BB3CC4DD": SeatKey(table: 1, role: "sociaal"),
        "FAC11TAFE1": SeatKey(table: 1, role: nil),  // typed FACI-1TAFEL
        "T2NETBEHEER": SeatKey(table: 2, role: "netbeheer"),
    ]

    /// What the loop asked of the host, for the tests.
    struct Calls: Equatable {
        var seatChecks = 0
        var attaches = 0
        var detaches = 0
        var received: [String] = []
        var console: [String] = []
        var ticks = 0
        /// Calls that mean a request reached the game (any but ticks and reads).
        var gameCalls: Int { seatChecks + attaches + detaches + received.count + console.count }
    }

    private let lock = NSLock()
    private var outputs: [SeatKey: [String]] = [:]
    private var walls: [Int: [String]] = [1: [], 2: []]
    private var consoleLog: [String] = ["codes: (not shown in tests)"]
    private var moves = [1: 0, 2: 0]
    private var counter = 0
    private var calls = Calls()

    /// Creates the host.
    init() {}

    /// The calls so far.
    var recorded: Calls { locked { calls } }

    /// Adds `line` to `seat`'s output (as the game would on an event).
    func announce(_ line: String, to seat: SeatKey) {
        locked {
            outputs[seat, default: []].append(line)
            counter += 1
        }
    }

    /// Adds `line` to `table`'s wall narration.
    func tell(_ line: String, table: Int) {
        locked {
            walls[table, default: []].append(line)
            counter += 1
        }
    }

    /// Changes `table`'s public state without narration.
    func move(table: Int) {
        locked {
            moves[table, default: 0] += 1
            counter += 1
        }
    }

    var tableCount: Int { 2 }

    var revision: Int { locked { counter } }

    func revision(table: Int) -> Int { revision }

    func seat(forCode code: String) -> SeatKey? {
        locked {
            calls.seatChecks += 1
            return Self.codes[code]
        }
    }

    func attach(_ seat: SeatKey) -> Int {
        locked {
            calls.attaches += 1
            let start = outputs[seat, default: []].count
            outputs[seat, default: []].append("welkom \(seat)")
            counter += 1
            return start
        }
    }

    func detach(_ seat: SeatKey) {
        locked { calls.detaches += 1 }
    }

    func receive(_ line: String, from seat: SeatKey) {
        locked {
            calls.received.append(line)
            outputs[seat, default: []].append("echo: \(line)")
            walls[seat.table, default: []].append("\(seat.role ?? "facilitator") typed")
            moves[seat.table, default: 0] += 1
            counter += 1
        }
    }

    func output(for seat: SeatKey, after: Int) -> OutputSlice {
        locked {
            let log = outputs[seat, default: []]
            let start = min(max(0, after), log.count)
            return OutputSlice(
                lines: Array(log[start...]), next: log.count,
                prompt: "[tafel \(seat.table) · \(seat.role ?? "facilitator")] >")
        }
    }

    func wall(table: Int, after: Int) -> (state: [String], slice: OutputSlice)? {
        locked {
            guard let log = walls[table] else { return nil }
            let start = min(max(0, after), log.count)
            return (
                ["tafel \(table)", "zetten: \(moves[table, default: 0])"],
                OutputSlice(lines: Array(log[start...]), next: log.count, prompt: "")
            )
        }
    }

    func console(_ line: String) {
        locked {
            calls.console.append(line)
            consoleLog.append("console: \(line)")
            counter += 1
        }
    }

    func consoleOutput(after: Int) -> OutputSlice {
        locked {
            let start = min(max(0, after), consoleLog.count)
            return OutputSlice(
                lines: Array(consoleLog[start...]), next: consoleLog.count, prompt: "")
        }
    }

    func tick() {
        locked { calls.ticks += 1 }
    }

    private func locked<T>(_ body: () -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body()
    }
}
