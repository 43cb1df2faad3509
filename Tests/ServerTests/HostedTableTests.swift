import Foundation
import GameRules
import TestSupport
import Testing
import TextInterface

@testable import Server

@Suite("A served table: each seat its own screen")
struct HostedTableTests {
    @Test func aSecretPlanReachesOnlyItsOwnSeatNeverAnotherOrTheWall() async throws {
        try await offPool {
            let served = try ServedGame()
            let table = served.host.tables[0]
            let spec = table.game.spec
            let starts = spec.roles.map { served.host.attach(served.seat($0.id)) }
            #expect(table.game.phase.secret)
            let planner = try require(table.game.activeRole)
            let plan = try require(
                table.game.legalActions(for: planner).first {
                    if case .plan = $0 { return true }
                    return false
                })
            guard case .plan(_, let project, _) = plan else { return }
            let before = spec.roles.map {
                served.host.output(for: served.seat($0.id), after: 0).next
            }
            let wallBefore = try require(served.host.wall(table: 1, after: 0)).slice.next
            served.host.receive(
                try require(ActionCommand.line(for: plan, in: spec)),
                from: served.seat(spec.roles[planner].id))
            #expect(table.game.state.projects[project].phase == .planned)
            let (id, name) = (spec.projects[project].id, spec.projects[project].name)
            let mentions = { (line: String) in line.contains(id) || line.contains(name) }
            for (role, seat) in spec.roles.enumerated() {
                let new = served.lines(served.seat(seat.id), after: before[role])
                #expect(new.contains(where: mentions) == (role == planner), "\(seat.id): \(new)")
            }
            let wall = try require(served.host.wall(table: 1, after: wallBefore))
            #expect(!wall.slice.lines.contains(where: mentions))
            #expect(!wall.state.contains { mentions($0) && $0.contains(spec.roles[planner].name) })
            for (role, start) in starts.enumerated() {
                let greeting = served.lines(served.seat(spec.roles[role].id), after: start)
                #expect(greeting.dropFirst().first?.hasPrefix("Welkom aan tafel 1") == true)
            }
        }
    }

    @Test func statusInASecretPhaseNamesEveryoneStillPlayingNotOneWhoseTurnItIs() async throws {
        try await offPool {
            let served = try ServedGame()
            let table = served.host.tables[0]
            let spec = table.game.spec
            #expect(table.game.phase.secret)
            let first = served.seat(spec.roles[0].id)
            let second = served.seat(spec.roles[1].id)
            served.host.receive("klaar", from: first)
            let start = served.host.output(for: second, after: 0).next
            served.host.receive("status", from: second)
            let status = served.lines(second, after: start)
            let others = spec.roles.dropFirst().map(\.name).joined(separator: ", ")
            #expect(status.contains("Nog bezig: \(others)"), "\(status)")
            #expect(!status.contains { $0.hasPrefix("Aan de beurt") }, "\(status)")
        }
    }

    @Test func everySeatActsAtOnceInASecretPhaseAndInTurnInAnOpenOne() async throws {
        try await offPool {
            let served = try ServedGame()
            let table = served.host.tables[0]
            let spec = table.game.spec
            let order = table.game.turnOrder
            #expect(
                try require(served.host.wall(table: 1, after: 0)).state.first?.contains("plannen")
                    == true)
            for role in order.reversed() {
                #expect(table.game.phase.secret)
                served.host.receive("klaar", from: served.seat(spec.roles[role].id))
            }
            #expect(!table.game.phase.secret && table.game.phase.kind.isInteractive)
            served.host.tick()
            let wall = try require(served.host.wall(table: 1, after: 0)).state
            #expect(wall.first?.contains("overleg") == true, "the wall follows within a second")
            let active = try require(table.game.activeRole)
            let other = spec.roles.indices.first { $0 != active } ?? 0
            let seat = served.seat(spec.roles[other].id)
            let mark = served.host.output(for: seat, after: 0).next
            served.host.receive("klaar", from: seat)
            #expect(served.lines(seat, after: mark).contains { $0.contains("[not-your-turn]") })
            #expect(table.game.activeRole == active)
        }
    }

    @Test(
        "a seat cannot give facilitator commands, in any form",
        arguments: ["/pauze", "/pause", "/volgende", "/bot beheer random", "/herstel", "/zeg hoi"])
    func aSeatCannotGiveFacilitatorCommands(line: String) async throws {
        try await offPool {
            let served = try ServedGame()
            let table = served.host.tables[0]
            let seat = served.seat(table.game.spec.roles[0].id)
            let actions = table.actionCount
            let mark = served.host.output(for: seat, after: 0).next
            served.host.receive(line, from: seat)
            #expect(served.lines(seat, after: mark).contains { $0.contains("[facilitator-only]") })
            #expect(!table.game.state.paused && table.actionCount == actions)
            #expect(table.setup.bots.isEmpty)
        }
    }

    @Test func theFacilitatorPausesBroadcastsAndHandsASeatToABotThatIsSaved() async throws {
        try await offPool {
            let served = try ServedGame()
            let table = served.host.tables[0]
            let spec = table.game.spec
            let facilitator = SeatKey(table: 1, role: nil)
            let sociaal = served.seat(spec.roles[3].id)
            served.host.receive("/zeg Nog vijf minuten", from: facilitator)
            #expect(served.lines(sociaal).contains("Facilitator: Nog vijf minuten"))
            #expect(
                try require(served.host.wall(table: 1, after: 0)).slice.lines.contains(
                    "Facilitator: Nog vijf minuten"))
            served.host.receive("/pauze", from: facilitator)
            #expect(table.game.state.paused)
            #expect(served.lines(sociaal).contains { $0.contains("gepauzeerd") })
            served.host.receive("/hervat", from: facilitator)
            served.host.receive("/bot \(spec.roles[3].id) cooperative", from: facilitator)
            #expect(table.setup.bots[3] == .cooperative)
            let path = try require(table.savePath)
            let loaded = try SaveLoader.load(path: path, language: .nl, color: false).get()
            #expect(loaded.setup.bots[3] == .cooperative)
            #expect(loaded.setup.actions == Array(loaded.setup.actions.prefix(table.actionCount)))
        }
    }

    @Test func aSeatThatComesBackSeesWhatItMissedAndTheProposalsWaitingForIt() async throws {
        try await offPool {
            let served = try ServedGame()
            let table = served.host.tables[0]
            let spec = table.game.spec
            let seat = served.seat(spec.roles[1].id)
            _ = served.host.attach(seat)
            served.host.detach(seat)
            for role in table.game.turnOrder {
                served.host.receive("klaar", from: served.seat(spec.roles[role].id))
            }
            let start = served.host.attach(seat)
            let back = served.lines(seat, after: start)
            #expect(back.first == "Welkom terug, \(spec.roles[1].name).")
            #expect(back.contains("Gemist terwijl je weg was:"))
            #expect(back.contains { $0.contains("klaar") })
        }
    }

    @Test func aWholeGamePlayedFromTheSeatsIsSavedAndResumesToTheSameRecord() async throws {
        try await offPool {
            let served = try ServedGame()
            let table = served.host.tables[0]
            let spec = table.game.spec
            var random = SeededGenerator(seed: 5)
            var steps = 0
            while !table.game.isOver, steps < 20_000 {
                steps += 1
                let acting = spec.roles.indices.filter { table.game.mayAct($0) }
                guard let role = acting.randomElement(using: &random) else { break }
                let legal = table.game.legalActions(for: role)
                let pick =
                    random.below(10) < 3
                    ? Action.ready(role: role) : legal[random.below(legal.count)]
                served.host.receive(
                    try require(ActionCommand.line(for: pick, in: spec)),
                    from: served.seat(spec.roles[role].id))
            }
            #expect(table.game.isOver)
            let path = try require(table.savePath)
            let loaded = try SaveLoader.load(path: path, language: .nl, color: false).get()
            #expect(loaded.setup.actions.count == table.actionCount)
            #expect(!loaded.damaged)
            #expect(
                served.lines(served.seat(spec.roles[0].id)).contains {
                    $0.contains("Einde van het spel")
                })
        }
    }

    @Test func theConsoleSteersAnyTableByNumberAndListsThem() async throws {
        try await offPool {
            let served = try ServedGame(tables: 2)
            served.host.console("2 /pauze")
            #expect(
                served.host.tables[1].game.state.paused && !served.host.tables[0].game.state.paused)
            served.host.console("/tafel 2")
            served.host.console("/hervat")
            #expect(!served.host.tables[1].game.state.paused)
            served.host.console("/tafels")
            let console = served.host.consoleOutput(after: 0).lines
            #expect(console.contains { $0.hasPrefix("tafel/table 2: 2026 plannen") })
            #expect(console.contains { $0.contains(served.host.codes[1].facilitator) })
            served.host.console("3 /pauze")
            #expect(served.host.consoleOutput(after: 0).lines.last == "tafel/table 3? 1-2")
        }
    }

    @Test func codesOpenOnlyTheirOwnSeatWhateverTheCaseOrDashes() async throws {
        try await offPool {
            let served = try ServedGame(tables: 2)
            let codes = served.host.codes[1]
            let sociaal = try require(codes.roles["sociaal"])
            #expect(served.host.seat(forCode: sociaal) == SeatKey(table: 2, role: "sociaal"))
            #expect(
                served.host.seat(
                    forCode: " " + sociaal.lowercased().replacingOccurrences(of: "-", with: ""))
                    == SeatKey(table: 2, role: "sociaal"))
            #expect(served.host.seat(forCode: codes.facilitator) == SeatKey(table: 2, role: nil))
            #expect(served.host.seat(forCode: "") == nil)
            #expect(served.host.seat(forCode: String(sociaal.dropLast())) == nil)
            #expect(served.host.seat(forCode: sociaal + "0") == nil)
            let all = served.host.codes.flatMap { [$0.facilitator] + $0.roles.values }
            #expect(Set(all).count == all.count, "every code is different")
            #expect(all.allSatisfy { $0.count == 11 && $0.dropFirst(5).first == "-" })
        }
    }

    @Test func theFacilitatorsUndoTellsEverySeatAndTheTimerAlarmReachesEveryScreen() async throws {
        try await offPool {
            let served = try ServedGame()
            let table = served.host.tables[0]
            let spec = table.game.spec
            let facilitator = SeatKey(table: 1, role: nil)
            let now = Clock()
            table.clock = { now.seconds }
            served.host.receive("klaar", from: served.seat(spec.roles[2].id))
            #expect(table.actionCount == 1)
            let marks = spec.roles.map {
                served.host.output(for: served.seat($0.id), after: 0).next
            }
            served.host.receive("/herstel", from: facilitator)
            served.host.receive("ja", from: facilitator)
            #expect(table.actionCount == 0)
            for (role, seat) in spec.roles.enumerated() {
                #expect(
                    served.lines(served.seat(seat.id), after: marks[role]).contains {
                        $0.contains("aangepast")
                    })
            }
            served.host.receive("/timer 2m", from: facilitator)
            #expect(table.prompt(role: 0).contains("⏱ 2:00"))
            now.seconds += 121
            served.host.tick()
            for seat in spec.roles {
                #expect(
                    served.lines(served.seat(seat.id)).contains {
                        $0.contains("tijd") && $0.contains("om")
                    })
            }
            #expect(
                try require(served.host.wall(table: 1, after: 0)).slice.lines.contains {
                    $0.contains("om")
                })
        }
    }
}

/// A clock a test moves by hand.
final class Clock: @unchecked Sendable {
    // @unchecked: one test reads and moves it on one thread.
    /// Seconds since an arbitrary start.
    var seconds = 1_000.0
}
