import Foundation
import GameRules
import TestSupport
import Testing
import TextInterface

@testable import Server

@Suite("wijkspel serve end to end, on loopback")
struct ServeEndToEndTests {
    /// Whether a line is a prompt (`[2026 · plannen · Stadsbeheer · jij speelt] >`).
    static func isPrompt(_ line: String) -> Bool { line.hasPrefix("[") && line.hasSuffix(">") }

    @Test func fourTCPClientsPlayAWholeGameAtOnceAndNoSecretPlanReachesAnother() async throws {
        try await offPool {
            let served = try ServedGame()
            let table = served.host.tables[0]
            let spec = table.game.spec
            let codes = served.host.codes[0]
            let server = try TestServer(host: served.host) { limits in
                limits.commandsPerSecond = 10_000
                limits.commandBurst = 10_000
            }
            let transcripts = Transcripts(count: spec.roles.count)
            let group = DispatchGroup()
            for (index, role) in spec.roles.enumerated() {
                let code = try require(codes.roles[role.id])
                let projects = spec.projects.filter { $0.owner == index }.map(\.id)
                let (port, firstYear) = (server.port, spec.firstYear)
                group.enter()
                Thread.detachNewThread {
                    defer { group.leave() }
                    let lines = ServeEndToEndTests.play(
                        port: port, code: code, projects: projects, firstYear: firstYear,
                        seed: UInt64(index + 1))
                    transcripts.set(index, lines)
                }
            }
            let done = group.wait(timeout: .now() + 120)
            server.stop()
            #expect(done == .success, "the clients finished within two minutes")
            #expect(table.game.isOver)
            let secretPlans = Self.secretPlanLines(table)
            #expect(!secretPlans.isEmpty, "somebody planned in secret")
            for (index, role) in spec.roles.enumerated() {
                let lines = transcripts.get(index)
                #expect(
                    lines.contains { $0.contains("Einde van het spel") },
                    "\(role.id) saw the end; last lines: \(lines.suffix(12).joined(separator: " | "))"
                )
                let secret = lines.filter { secretPlans.contains($0) }
                for other in spec.roles.indices where other != index {
                    let leaked = transcripts.get(other).filter { secret.contains($0) }
                    #expect(
                        leaked.isEmpty, "\(role.id)'s secret plans reached \(spec.roles[other].id)")
                }
            }
            let loaded = try SaveLoader.load(
                path: try require(table.savePath), language: .nl, color: false
            ).get()
            #expect(loaded.setup.actions.count == table.actionCount && !loaded.damaged)
        }
    }

    /// The narration of every plan made in a secret phase (and never also in an open one),
    /// from the table's record.
    static func secretPlanLines(_ table: HostedTable) -> Set<String> {
        let spec = table.game.spec
        var game = Game(spec: spec, seed: table.setup.seed)
        var secret: Set<String> = []
        var open: Set<String> = []
        let text = Messages(.nl)
        for action in table.record.actions {
            if case .plan(let role, let project, let round) = action {
                let line = text(
                    "event.planned", spec.roles[role].name, spec.projects[project].id,
                    "\(spec.firstYear + round)")
                if game.phase.secret { secret.insert(line) } else { open.insert(line) }
            }
            _ = game.apply(action)
        }
        return secret.subtracting(open)
    }

    /// One player: joins with `code`, and whenever the prompt says it may act, types a
    /// plan of one of its `projects` (in secret phases), `status`, or `klaar`; until the end.
    static func play(port: Int, code: String, projects: [String], firstYear: Int, seed: UInt64)
        -> [String]
    {
        guard let client = TestClient(port: port, timeout: 20) else { return [] }
        var received: [String] = []
        func prompt() -> String? {
            while let line = client.readLine() {
                received.append(line)
                if isPrompt(line) { return line }
            }
            return nil
        }
        _ = client.send(code + "\n")
        var random = SeededGenerator(seed: seed)
        var sent = 0
        while sent < 2_000, let prompt = prompt() {
            if prompt == "[einde] >" { break }
            guard prompt.contains("jij speelt") else { continue }
            sent += 1
            let roll = random.below(10)
            if prompt.contains("plannen"), roll < 4, !projects.isEmpty {
                let year = Int(prompt.dropFirst().prefix(4)) ?? firstYear
                _ = client.send(
                    "plan \(projects[random.below(projects.count)]) \(year + random.below(3))\n")
            } else if roll < 5 {
                _ = client.send("status\n")
            } else {
                _ = client.send("klaar\n")
            }
        }
        return received
    }

    @Test func aSecondConnectionWithTheSameCodeSharesTheSeatAndSeesTheSameLines() async throws {
        try await offPool {
            let served = try ServedGame()
            let code = try require(served.host.codes[0].roles["beheer"])
            let server = try TestServer(host: served.host)
            defer { server.stop() }
            let phone = try require(TestClient(port: server.port))
            let laptop = try require(TestClient(port: server.port))
            _ = phone.send(code + "\n")
            #expect(phone.lines(until: "] >") != nil)
            _ = laptop.send(code + "\n")
            #expect(laptop.lines(until: "] >") != nil)
            _ = phone.send("status\n")
            #expect(phone.lines(until: "Status 2026") != nil)
            #expect(laptop.lines(until: "Status 2026") != nil, "the other device sees it too")
            _ = laptop.send("klaar\n")
            #expect(phone.lines(until: "Stadsbeheer is klaar") != nil)
        }
    }
}

/// Each client's lines, gathered from the clients' threads.
final class Transcripts: @unchecked Sendable {
    // @unchecked: every access goes through `lock`.
    private let lock = NSLock()
    private var lines: [[String]]

    init(count: Int) { lines = Array(repeating: [], count: count) }

    func set(_ index: Int, _ value: [String]) {
        lock.lock()
        lines[index] = value
        lock.unlock()
    }

    func get(_ index: Int) -> [String] {
        lock.lock()
        defer { lock.unlock() }
        return lines[index]
    }
}
