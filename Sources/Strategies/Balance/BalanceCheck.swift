import GameRules

/// A balance check of one game: plays every line-up of a plan and judges the results.
public struct BalanceCheck: Sendable {
    /// The game.
    public var spec: GameSpec
    /// The line-ups.
    public var plan: BalancePlan
    /// The master seed; every line-up's seed is derived from it and the line-up's id.
    public var masterSeed: UInt64
    /// Worker threads per line-up.
    public var workers: Int
    /// Each worker thread's own copy of `spec` (see `Tournament.workerSpecs`), made once
    /// and kept for every line-up.
    public var workerSpecs: WorkerSpecs?

    /// A check of `spec` by `plan`.
    public init(spec: GameSpec, plan: BalancePlan, masterSeed: UInt64 = 1, workers: Int = 1) {
        self.spec = spec
        self.plan = plan
        self.masterSeed = masterSeed
        self.workers = workers
    }

    /// The number of games the whole check plays.
    public var totalGames: Int { plan.lines.reduce(0) { $0 + $1.games } }

    /// Plays every line-up; `make` turns a strategy name into a fresh strategy, and
    /// `progress` is called after every game.
    public func run(make: (String) -> any Strategy, progress: () -> Void) -> BalanceReport {
        var results: [BalanceLineResult] = []
        for line in plan.lines where line.games > 0 {
            let seed = line.seed(master: masterSeed)
            var tournament = Tournament(
                spec: spec, lineup: lineup(line, make: make), games: line.games,
                masterSeed: seed, workers: workers)
            tournament.workerSpecs = workerSpecs
            var summary = Summary(roles: spec.roles.map(\.id))
            var content = ContentTally(spec: spec)
            tournament.run { result in
                summary.add(result)
                content.add(result)
                progress()
            }
            results.append(
                BalanceLineResult(line: line, seed: seed, summary: summary, content: content))
        }
        return BalanceReport(
            masterSeed: masterSeed, roles: spec.roles.map(\.id), lines: results,
            verdicts: BalanceJudge.verdicts(results, roles: spec.roles.map(\.id)))
    }

    /// The strategies of a line-up.
    private func lineup(_ line: BalanceLine, make: (String) -> any Strategy) -> Lineup {
        if case .combinations(let kinds) = line.seats {
            return .allCombinations(of: kinds, roles: spec.roles.count)
        }
        return .fixed(spec.roles.indices.map { make(line.strategy(seat: $0) ?? "") })
    }
}
