import GameRules

/// Many random and biased-random playouts of a game, looking for crashes, broken
/// invariants and stalls, and for parts of the game that never happen.
public struct RandomTest: Sendable {
    /// The game.
    public var spec: GameSpec
    /// Games to play.
    public var games: Int
    /// The master seed; game `i` uses `SeededGenerator.derivedSeed(master:index:)`.
    public var masterSeed: UInt64
    /// Worker threads.
    public var workers: Int
    /// Each worker thread's own copy of `spec`, so threads share no reference-counted
    /// storage; nil shares `spec`.
    public var workerSpecs: WorkerSpecs?
    /// Strategies that play their roles (by index) in every game instead of the random
    /// line-up, for testing a bot against random play.
    public var seats: [Int: any Strategy] = [:]

    /// Creates a random test.
    public init(spec: GameSpec, games: Int = 1000, masterSeed: UInt64 = 1, workers: Int = 1) {
        self.spec = spec
        self.games = games
        self.masterSeed = masterSeed
        self.workers = workers
    }

    /// The strategies of game `index`: every fourth game all random (with a varying bias
    /// towards ready), the others a mix of random and the heuristic strategies.
    public static func lineup(index: Int, seed: UInt64, roles: Int) -> [any Strategy] {
        var random = SeededGenerator(seed: seed ^ 0x7E57)
        let mixed: [StrategyKind] = [.sectoral, .cooperative, .reciprocal, .greedy]
        return (0..<roles).map { _ in
            if index % 4 == 0 || random.chance(0.5) {
                return RandomStrategy(readyChance: 0.1 + 0.4 * random.unit())
            }
            return mixed[random.below(mixed.count)].make()
        }
    }

    /// Plays all games and reports.
    public func run() -> RandomTestReport {
        var report = RandomTestReport()
        var coverage = Coverage(spec: spec)
        let test = self
        ParallelRunner.run(
            count: games, workers: workers,
            makeWorker: { test.workerSpecs?.spec(forThread: $0) ?? test.spec },
            work: { spec, index in test.check(index: index, spec: spec) },
            sink: { game in
                report.games += 1
                report.actions += game.actions
                report.crashes += game.refused
                if !game.problems.isEmpty { report.violations += 1 }
                if game.stalled { report.stalls += 1 }
                if let failure = game.failure {
                    report.failures += 1
                    if report.examples.count < 10 {
                        report.examples.append("seed \(game.seed): \(failure)")
                    }
                }
                if game.collectiveLoss { report.collectiveLosses += 1 }
                for problem in game.problems where report.examples.count < 10 {
                    report.examples.append("seed \(game.seed): \(problem)")
                }
                if game.stalled && report.examples.count < 10 {
                    report.examples.append(
                        "seed \(game.seed): did not end within \(game.actions) actions")
                }
                if game.refused > 0 && report.examples.count < 10 {
                    report.examples.append(
                        "seed \(game.seed): \(game.refused) legal actions refused")
                }
                coverage.merge(game.coverage)
            })
        report.eventsNeverFired = spec.events.indices.filter { !coverage.fired[$0] }.map {
            spec.events[$0].id
        }
        report.projectsNeverStarted = spec.projects.indices.filter { !coverage.started[$0] }.map {
            spec.projects[$0].id
        }
        for (role, rules) in spec.roles.enumerated() {
            for (goal, spec) in rules.goals.enumerated() where !coverage.goals[role][goal] {
                report.goalsNeverReached.append("\(rules.id).\(spec.id)")
            }
        }
        report.sharedGoalsNeverReached = spec.sharedGoals.indices.filter {
            !coverage.sharedGoals[$0]
        }
        .map { spec.sharedGoals[$0].id }
        report.dilemmasNeverDecided = spec.dilemmas.indices.filter { !coverage.dilemmas[$0] }.map {
            spec.dilemmas[$0].id
        }
        report.couplingsNeverMade = spec.couplings.indices.filter { !coverage.couplings[$0] }.map {
            spec.couplings[$0].id
        }
        return report
    }

    /// What one game showed.
    struct GameCheck: Sendable {
        var seed: UInt64
        var actions: Int
        var refused: Int
        var stalled: Bool
        var failure: BotFailure?
        var collectiveLoss: Bool
        var problems: [String]
        var coverage: Coverage
    }

    /// Plays game `index`, checking the invariants after every action and that the game's
    /// record replays to the same game.
    func check(index: Int, spec: GameSpec) -> GameCheck {
        let seed = SeededGenerator.derivedSeed(master: masterSeed, index: UInt64(index))
        var problems: [String] = []
        var strategies = RandomTest.lineup(index: index, seed: seed, roles: spec.roles.count)
        for (role, strategy) in seats where strategies.indices.contains(role) {
            strategies[role] = strategy
        }
        let playout = Playout(spec: spec, seed: seed, strategies: strategies) { game, action in
            guard problems.isEmpty else { return }
            let found = Invariants.violations(of: game)
            if !found.isEmpty { problems = found.map { "after \(action): \($0)" } }
        }
        let replayed = Table.replaying(
            spec: spec, seed: seed, actions: playout.table.record.actions)
        if playout.failure != nil {
            // The game stopped where the bot failed: there is nothing more to check.
        } else if let failure = replayed.failure {
            problems.append("its record does not replay: \(failure)")
        } else if replayed.table.game.state != playout.game.state {
            problems.append(
                "its record of \(playout.actions) actions replays to another game")
        }
        return GameCheck(
            seed: seed, actions: playout.actions, refused: playout.refusedLegalActions,
            stalled: playout.stalled, failure: playout.failure,
            collectiveLoss: playout.game.state.outcome == .collectiveLoss, problems: problems,
            coverage: Coverage(game: playout.game))
    }
}
