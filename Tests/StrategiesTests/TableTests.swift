import Foundation
import GameRules
import Strategies
import Testing

/// The table: the one driver of every game.
@Suite("The table drives every game")
struct TableTests {
    static func randomBots(_ spec: GameSpec, ready: Double = 0.3) -> [Int: any Strategy] {
        var bots: [Int: any Strategy] = [:]
        for role in spec.roles.indices { bots[role] = RandomStrategy(readyChance: ready) }
        return bots
    }

    static func mixedBots(_ spec: GameSpec) -> [Int: any Strategy] {
        let kinds: [StrategyKind] = [.reciprocal, .cooperative, .greedy, .sectoral]
        var bots: [Int: any Strategy] = [:]
        for role in spec.roles.indices { bots[role] = kinds[role % kinds.count].make() }
        return bots
    }

    static func playToEnd(_ table: inout Table, limit: Int = 100_000) {
        var steps = 0
        while steps < limit, table.stepBot() != nil { steps += 1 }
    }

    @Test(arguments: 1...20)
    func aRecordReplaysToTheSameGame(seed: Int) throws {
        let spec = try #require(ExampleGame.spec)
        var table = Table(spec: spec, seed: UInt64(seed), bots: Self.randomBots(spec))
        Self.playToEnd(&table)
        #expect(table.game.isOver)
        #expect(table.refusedBotActions.isEmpty)
        let replayed = Table.replaying(
            spec: spec, seed: UInt64(seed), actions: table.record.actions)
        #expect(replayed.failure == nil)
        #expect(replayed.table.game == table.game)
        #expect(replayed.table.record == table.record)
    }

    /// A copy of a table keeps its game while the other plays on, and both play on as a
    /// fresh table does (a table is a value, whatever its bots share while deciding).
    @Test func aCopiedTableKeepsItsGameWhileTheOtherPlaysOn() throws {
        let spec = try #require(ExampleGame.spec)
        var table = Table(spec: spec, seed: 5, bots: Self.mixedBots(spec))
        for _ in 0..<40 { _ = table.stepBot() }
        let kept = table
        let before = table.game
        var steps = 0
        while steps < 60, table.stepBot() != nil { steps += 1 }
        #expect(steps > 0)
        #expect(kept.game == before)
        #expect(table.game != before)
        var resumed = kept
        Self.playToEnd(&resumed)
        Self.playToEnd(&table)
        var fresh = Table(spec: spec, seed: 5, bots: Self.mixedBots(spec))
        Self.playToEnd(&fresh)
        #expect(resumed.game.isOver)
        #expect(resumed.game == fresh.game)
        #expect(table.game == fresh.game)
        #expect(table.record == fresh.record)
    }

    @Test(arguments: [0.1, 0.33, 0.5, 0.9])
    func botsResumedAnywhereFinishTheSameGame(fraction: Double) throws {
        let spec = try #require(ExampleGame.spec)
        var whole = Table(spec: spec, seed: 8, bots: Self.mixedBots(spec))
        Self.playToEnd(&whole)
        let cut = Int(Double(whole.record.actions.count) * fraction)
        var resumed = Table.replaying(
            spec: spec, seed: 8, actions: Array(whole.record.actions.prefix(cut)),
            bots: Self.mixedBots(spec)
        ).table
        Self.playToEnd(&resumed)
        #expect(resumed.record == whole.record, "resumed after \(cut) actions")
    }

    @Test func aSimulatedGameIsTheGameATablePlays() throws {
        let spec = try #require(ExampleGame.spec)
        let kinds: [StrategyKind] = [.greedy, .reciprocal, .cooperative, .sectoral]
        let strategies = spec.roles.indices.map { kinds[$0 % kinds.count].make() }
        let result = Tournament.playGame(spec: spec, index: 0, seed: 99, strategies: strategies)
        var table = Table(
            spec: spec, seed: 99,
            bots: Dictionary(
                uniqueKeysWithValues: spec.roles.indices.map {
                    ($0, kinds[$0 % kinds.count].make())
                }
            ))
        Self.playToEnd(&table)
        #expect(result.actions == table.record.actions.count)
        #expect(result.scores == spec.roles.indices.map { table.game.score(of: $0) })
    }

    @Test func aRecordThatDoesNotFitSaysWhichActionFailed() throws {
        let spec = try #require(ExampleGame.spec)
        let first = try #require(Game(spec: spec, seed: 1).activeRole)
        let replayed = Table.replaying(
            spec: spec, seed: 1, actions: [.ready(role: first), .ready(role: first)])
        let failure = try #require(replayed.failure)
        #expect(failure.index == 1)
        #expect(failure.rejection.reason == .alreadyReady)
        #expect(replayed.table.record.actions == [.ready(role: first)])
    }

    @Test func undoIsTheRecordWithoutItsLastActions() throws {
        let spec = try #require(ExampleGame.spec)
        let journal = MemoryJournal()
        var table = Table(
            spec: spec, seed: 4, bots: Self.mixedBots(spec), keepsLog: true, journal: journal)
        for _ in 0..<30 { _ = table.stepBot() }
        let before = Table.replaying(
            spec: spec, seed: 4, actions: Array(table.record.actions.dropLast(3)), keepsLog: true
        ).table
        #expect(table.undo(3, makeBots: { Self.mixedBots(spec) }) == nil)
        #expect(table.game == before.game)
        #expect(table.log == before.log)
        #expect(journal.entries.count == 31)
        #expect(journal.entries.last == "undo 3")
        _ = table.stepBot()
        #expect(journal.entries.count == 32, "the journal stays attached after an undo")
    }

    @Test func anActionIsWrittenBeforeItIsAcceptedAndAFailedWriteStopsTheTable() throws {
        let spec = try #require(ExampleGame.spec)
        let journal = MemoryJournal()
        var table = Table(spec: spec, seed: 2, bots: Self.mixedBots(spec), journal: journal)
        for _ in 0..<10 { _ = table.stepBot() }
        #expect(journal.entries == table.record.actions.map { "\($0)" })
        journal.failing = true
        let game = table.game
        let record = table.record
        #expect(table.stepBot() == nil)
        #expect(table.game == game, "a bot move that could not be saved did not happen")
        #expect(table.record == record)
        #expect(table.journalFailure != nil)
        journal.failing = false
        let role = try #require(table.game.activeRole)
        guard case .failure(.notSaved) = table.submit(.ready(role: role)) else {
            Issue.record("the table accepted an action after a failed write")
            return
        }
        #expect(table.stepBot() == nil)
        #expect(table.record == record)
        #expect(journal.entries.count == record.actions.count)
    }

    @Test func aRefusedBotActionIsCountedAndReplacedByReady() throws {
        let spec = try #require(ExampleGame.spec)
        var bots = Self.randomBots(spec)
        bots[0] = WrongStrategy()
        var table = Table(spec: spec, seed: 5, bots: bots)
        Self.playToEnd(&table)
        #expect(table.game.isOver)
        let refused = try #require(table.refusedBotActions.first)
        #expect(refused.action == .unplan(role: 0, project: 9999))
        #expect(table.record.actions[refused.index] == .ready(role: 0))
        #expect(table.refusedBotActions.allSatisfy { $0.rejection.reason == .unknownProject })
    }

    @Test func theLogKeepsEveryYearAndEverythingTold() throws {
        let spec = try #require(ExampleGame.spec)
        var told: [ToldEvent] = Game(spec: spec, seed: 6).openingEvents
        var table = Table(spec: spec, seed: 6, bots: Self.mixedBots(spec), keepsLog: true)
        while let step = table.stepBot() { told += step.told }
        let log = try #require(table.log)
        #expect(log.years.map(\.round) == Array(0...table.game.state.round))
        #expect(log.years.flatMap(\.told) == told)
        #expect(log.years.map(\.actions.lowerBound).first == 0)
        #expect(log.years.last?.actions.upperBound == table.record.actions.count)
        for (earlier, later) in zip(log.years, log.years.dropFirst()) {
            #expect(earlier.actions.upperBound == later.actions.lowerBound)
            #expect(later.year == earlier.year + 1)
            guard case .roundStarted(later.round) = later.told.first?.event else {
                Issue.record("year \(later.year) does not start with its round")
                continue
            }
        }
        let final = try #require(log.final)
        #expect(final.scores == spec.roles.indices.map { table.game.score(of: $0) })
        #expect(final.budgets == table.game.state.budgets)
        let second = log.years[1].opening
        #expect(second.budgets != log.years[0].opening.budgets, "income came in")
    }
}

/// A journal in memory that can be made to fail.
final class MemoryJournal: TableJournal {
    struct Full: Error {}
    var entries: [String] = []
    var failing = false

    func append(_ action: Action) throws {
        if failing { throw Full() }
        entries.append("\(action)")
    }

    func appendUndo(_ count: Int) throws {
        if failing { throw Full() }
        entries.append("undo \(count)")
    }
}

/// A broken bot: it first tries to take an unknown project off its plan, then says ready.
struct WrongStrategy: Strategy {
    var name: String { "wrong" }
    var tried = false

    mutating func choose(_ decision: Decision, using random: inout SeededGenerator) -> Action {
        if tried { return .ready(role: decision.role) }
        tried = true
        return .unplan(role: decision.role, project: 9999)
    }
}
