import GameRules

/// The strong bot: information-set Monte Carlo search over whole-round policies.
///
/// At its first decision in each round it asks which built-in strategy to play for the rest
/// of the round. Each candidate is valued by rollouts on determinized copies of the game
/// (`Decision.sample`: others' hidden plans, budgets, secret choices and the random future
/// guessed anew for each copy), in which the role plays the candidate to the end of the game
/// and every other role plays cooperative or sectoral, drawn from what it did in public so
/// far (`OpponentModel`, which reads `decision.history`). Every candidate meets the same
/// copies and the same draws (common random numbers), and the one with the best mean final
/// score is played until the next round: a one-level search tree whose moves are policies.
/// Under the model, and up to the rollouts' sampling noise, it does at least as well as the
/// best candidate played all game; how far the model is off shows in
/// `Benchmarks strength`.
///
/// With an iteration budget the same seed gives the same game; a time budget does not.
public struct MonteCarloStrategy: Strategy {
    /// The strategies the search chooses among, each round.
    public let candidates: [StrategyKind]
    /// How much it may think at each round's first decision.
    public var budget: SearchBudget
    /// Rounds each rollout plays beyond the current one before it is valued by
    /// `Heuristic.ownValue`; nil plays to the end and values by the final score.
    public var horizon: Int?

    /// One instance per candidate, which keeps its own memory across rounds.
    private var policies: [any Strategy]
    /// Which candidate plays the current round.
    private var current = 0
    /// The round `current` was chosen for.
    private var chosenRound = -1
    /// What the other roles did in public, read from the history.
    private var model: OpponentModel?
    /// The mean rollout value of each candidate at the last search, for inspection.
    public private(set) var lastValues: [Double] = []

    /// Creates the strong bot: `candidates` must be built-in strategies other than itself.
    public init(
        candidates: [StrategyKind] = [.cooperative, .sectoral, .reciprocal, .greedy],
        budget: SearchBudget = .iterations(8), horizon: Int? = nil
    ) {
        let usable = candidates.filter { $0 != .mcts && $0 != .random }
        self.candidates = usable.isEmpty ? [.cooperative] : usable
        self.budget = budget
        self.horizon = horizon
        policies = self.candidates.map { $0.make() }
    }

    /// `mcts`.
    public var name: String { StrategyKind.mcts.rawValue }

    /// It keeps which candidate plays the round, and the candidates' own memories.
    public var remembersChoices: Bool { true }

    /// It passes events on to candidates that watch them.
    public var observesEvents: Bool { policies.contains { $0.observesEvents } }

    /// Tells the candidates that watch.
    public mutating func observe(_ event: GameEvent, as role: Int) {
        for index in policies.indices where policies[index].observesEvents {
            policies[index].observe(event, as: role)
        }
    }

    /// The move of the candidate chosen for this round (searched at its first decision).
    public mutating func choose(_ decision: Decision, using random: inout SeededGenerator) -> Action
    {
        if model == nil { model = OpponentModel(roles: decision.spec.roles.count) }
        model!.read(decision.history, now: decision.round)
        if decision.round != chosenRound {
            chosenRound = decision.round
            current = policies.count > 1 ? search(decision, seed: random.next()) : 0
        }
        return policies[current].choose(decision, using: &random)
    }

    /// The candidate with the best mean value over the budget's rollouts.
    private mutating func search(_ decision: Decision, seed: UInt64) -> Int {
        var random = SeededGenerator(seed: seed)
        var values = Array(repeating: RunningStatistic(), count: policies.count)
        let clock = ContinuousClock()
        let start = clock.now
        var batches = 0
        repeat {
            let base = decision.sample(seed: random.next())
            let modelSeed = random.next()
            let playSeed = random.next()
            for index in policies.indices {
                var modelRandom = SeededGenerator(seed: modelSeed)
                var playRandom = SeededGenerator(seed: playSeed)
                values[index].add(
                    rollout(
                        base, own: policies[index], role: decision.role, modelRandom: &modelRandom,
                        playRandom: &playRandom))
            }
            batches += 1
        } while !spent(batches: batches, since: start, clock: clock)
        let means = values.map(\.mean)
        var best = 0
        for index in means.indices where means[index] > means[best] + 0.000_001 { best = index }
        lastValues = means
        return best
    }

    /// Whether the budget is used up after `batches` rollouts per candidate.
    private func spent(batches: Int, since start: ContinuousClock.Instant, clock: ContinuousClock)
        -> Bool
    {
        switch budget {
        case .iterations(let count): return batches >= max(1, count)
        case .seconds(let seconds): return clock.now - start >= .seconds(seconds)
        }
    }

    /// One rollout of `base` with the role playing `own`: its final score, or its heuristic
    /// value where the horizon cuts the game short.
    private func rollout(
        _ base: Game, own: any Strategy, role: Int, modelRandom: inout SeededGenerator,
        playRandom: inout SeededGenerator
    ) -> Double {
        let players = model!.players(own: own, role: role, random: &modelRandom)
        var rollout = Rollout(game: base, players: players)
        let end = horizon.map { base.state.round + 1 + max(0, $0) } ?? Int.max
        rollout.play(
            until: end, cap: Playout.defaultCap(for: base.spec), random: &playRandom)
        if rollout.game.isOver || horizon == nil { return rollout.game.score(of: role) }
        return Heuristic.ownValue(rollout.game, role: role)
    }
}
