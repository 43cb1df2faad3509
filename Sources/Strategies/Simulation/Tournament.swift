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
    /// Each worker thread's own copy of `spec` (for example read from the game file again),
    /// so threads share no reference-counted storage and scale; nil shares `spec`.
    public var workerSpecs: WorkerSpecs?

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
        playRecorded(spec: spec, index: index, seed: seed, strategies: strategies, cap: cap).result
    }

    /// Plays one game and keeps its record too.
    static func playRecorded(
        spec: GameSpec, index: Int, seed: UInt64, strategies: [any Strategy], cap: Int?
    ) -> (result: GameResult, record: GameRecord) {
        let playout = Playout(spec: spec, seed: seed, strategies: strategies, cap: cap)
        let result = GameResult(
            index: index, seed: seed, strategies: strategies.map(\.name), playout: playout)
        return (result, playout.table.record)
    }

    /// The result and record of game number `index` of this series, played on `spec` (this
    /// series' rules or a worker's copy of them).
    func playRecorded(index: Int, spec: GameSpec) -> (result: GameResult, record: GameRecord) {
        let seed = SeededGenerator.derivedSeed(master: masterSeed, index: UInt64(index))
        return Tournament.playRecorded(
            spec: spec, index: index, seed: seed, strategies: lineup.strategies(forGame: index),
            cap: cap)
    }

    /// The result of game number `index` of this series, played on `spec`.
    public func playGame(index: Int, spec: GameSpec) -> GameResult {
        playRecorded(index: index, spec: spec).result
    }

    /// Plays this shard's games, handing each result to `sink` (serially) as it finishes.
    public func run(sink: (GameResult) -> Void) {
        runRecording { result, _ in sink(result) }
    }

    /// Plays this shard's games, handing each result with the game's whole record to `sink`
    /// (serially) as it finishes, so it can be kept and watched later.
    public func runRecording(sink: (GameResult, GameRecord) -> Void) {
        let tournament = self
        ParallelRunner.run(
            count: shard.size(of: games), workers: workers,
            makeWorker: { tournament.workerSpecs?.spec(forThread: $0) ?? tournament.spec },
            work: { spec, position in
                tournament.playRecorded(index: tournament.shard.game(at: position), spec: spec)
            },
            sink: { sink($0.result, $0.record) })
    }

    /// Plays this shard's games and returns their summary.
    public func summary() -> Summary {
        var summary = Summary(roles: spec.roles.map(\.id))
        run { summary.add($0) }
        return summary
    }
}
