import Dispatch
import GameDefinition
import GameRules
import Strategies
import TestSupport
import Testing

@Suite("Seeded runs are reproducible")
struct DeterminismTests {
    static let mixed: [StrategyKind] = [.cooperative, .greedy, .reciprocal, .random]
    /// Games per series: a few in a quick run, more in the full one.
    static let games = TestScale.count(quick: 6, full: 24)

    @Test func theSameSeedGivesTheSameResults() {
        let first = ExampleGame.play(Self.mixed, games: Self.games, seed: 42, workers: 1)
        let second = ExampleGame.play(Self.mixed, games: Self.games, seed: 42, workers: 1)
        #expect(first.count == Self.games)
        #expect(first == second)
        let other = ExampleGame.play(Self.mixed, games: Self.games, seed: 43, workers: 1)
        #expect(first != other)
    }

    @Test func resultsDoNotDependOnTheNumberOfWorkers() {
        let one = ExampleGame.play(Self.mixed, games: Self.games, seed: 7, workers: 1)
        let two = ExampleGame.play(Self.mixed, games: Self.games, seed: 7, workers: 2)
        let four = ExampleGame.play(Self.mixed, games: Self.games, seed: 7, workers: 4)
        #expect(one == two)
        #expect(one == four)
    }

    @Test func privateRuleCopiesPerWorkerGiveTheSameResults() throws {
        let spec = try #require(ExampleGame.spec)
        let source = GameDefinitionReader.read(contentsOf: ExampleGame.path).source
        let copies = Copies()
        var tournament = Tournament(
            spec: spec, lineup: .kinds(Self.mixed), games: Self.games, masterSeed: 7, workers: 2)
        tournament.workerSpecs = WorkerSpecs {
            copies.count()
            return GameDefinitionReader.read(source: source, file: "voorbeeld.toml").spec ?? spec
        }
        let alone = ExampleGame.play(Self.mixed, games: Self.games, seed: 7, workers: 1)
        for series in 1...2 {
            var results: [GameResult] = []
            tournament.run { results.append($0) }
            #expect(copies.made == 2, "one copy per worker thread, kept for series \(series)")
            #expect(results.sorted { $0.index < $1.index } == alone)
        }
    }

    @Test func shardsTogetherAreTheWholeSeries() throws {
        let spec = try #require(ExampleGame.spec)
        let whole = ExampleGame.play(
            [.random, .random, .random, .random], games: 30, seed: 9, workers: 1)
        var parts: [GameResult] = []
        for index in 0..<3 {
            let shard = try #require(Shard(index: index, count: 3))
            Tournament(
                spec: spec, lineup: .kinds([.random, .random, .random, .random]), games: 30,
                masterSeed: 9,
                workers: 2, shard: shard
            ).run { parts.append($0) }
        }
        #expect(parts.sorted { $0.index < $1.index } == whole)
    }

    @Test func shardsParseAndSlice() throws {
        #expect(Shard(parsing: "1/4") == Shard(index: 1, count: 4))
        #expect(Shard(parsing: "4/4") == nil)
        #expect(Shard(parsing: "x/4") == nil)
        #expect(Shard(parsing: "-1/4") == nil)
        let shard = try #require(Shard(index: 2, count: 4))
        #expect(shard.size(of: 10) == 2)
        #expect(shard.game(at: 1) == 6)
        #expect(shard.size(of: 2) == 0)
    }

    @Test func allCombinationsCycleThroughEveryAssignment() {
        let lineup = Lineup.allCombinations(of: [.random, .sectoral], roles: 3)
        #expect(lineup.count == 8)
        let names = (0..<8).map { lineup.strategies(forGame: $0).map(\.name) }
        #expect(Set(names.map { $0.joined(separator: ",") }).count == 8)
        #expect(lineup.strategies(forGame: 9).map(\.name) == names[1])
    }
}

/// Counts the rule copies made by worker threads.
private final class Copies: @unchecked Sendable {
    private let lock = DispatchSemaphore(value: 1)
    private var value = 0

    /// Copies made so far.
    var made: Int {
        lock.wait()
        defer { lock.signal() }
        return value
    }

    /// Records one copy.
    func count() {
        lock.wait()
        value += 1
        lock.signal()
    }
}
