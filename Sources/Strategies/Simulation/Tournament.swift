import GameRules

/// A series of seeded games with a lineup of strategies, played in parallel.
///
/// Game `i` uses the seed `SeededGenerator.derivedSeed(master:index:)`, so every result
/// is the same whatever the number of workers or shards.
public struct Tournament: Sendable {
    /// The game.
    public var spec: GameSpec
    /// Who plays which role.
    public var lineup: Lineup
    /// The number of games in the whole series.
    public var games: Int
    /// The master seed.
    public var masterSeed: UInt64
    /// Worker threads.
    public var workers: Int
    /// The slice of the series to play.
    public var shard: Shard
    /// The action cap per game (nil: `Playout.defaultCap`).
    public var cap: Int?
    /// Makes each worker thread its own copy of `spec` (for example by reading the game file
    /// again), so threads share no reference-counted storage and scale; nil shares `spec`.
    public var workerSpec: (@Sendable () -> GameSpec)?

    /// Creates a tournament.
    public init(
        spec: GameSpec, lineup: Lineup, games: Int, masterSeed: UInt64 = 1, workers: Int = 1,
        shard: Shard = .all, cap: Int? = nil
    ) {
        self.spec = spec
        self.lineup = lineup
        self.games = games
        self.masterSeed = masterSeed
        self.workers = workers
        self.shard = shard
        self.cap = cap
    }

    /// Plays one game: `strategies` per role, with `seed`.
    public static func playGame(
        spec: GameSpec, index: Int, seed: UInt64, strategies: [any Strategy], cap: Int? = nil
    ) -> GameResult {
        let playout = Playout(spec: spec, seed: seed, strategies: strategies, cap: cap)
        return GameResult(
            index: index, seed: seed, strategies: strategies.map(\.name), playout: playout)
    }

    /// The result of game number `index` of this series, played on `spec` (this series'
    /// rules or a worker's copy of them).
    public func playGame(index: Int, spec: GameSpec) -> GameResult {
        let seed = SeededGenerator.derivedSeed(master: masterSeed, index: UInt64(index))
        return Tournament.playGame(
            spec: spec, index: index, seed: seed, strategies: lineup.strategies(forGame: index),
            cap: cap)
    }

    /// Plays this shard's games, handing each result to `sink` (serially) as it finishes.
    public func run(sink: (GameResult) -> Void) {
        let tournament = self
        ParallelRunner.run(
            count: shard.size(of: games), workers: workers,
            makeWorker: { _ in tournament.workerSpec?() ?? tournament.spec },
            work: { spec, position in
                tournament.playGame(index: tournament.shard.game(at: position), spec: spec)
            },
            sink: sink)
    }

    /// Plays this shard's games and returns their summary.
    public func summary() -> Summary {
        var summary = Summary(roles: spec.roles.map(\.id))
        run { summary.add($0) }
        return summary
    }
}
