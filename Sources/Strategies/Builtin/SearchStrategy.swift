import GameRules

/// Monte Carlo search: each candidate action is tried in rollouts on determinized copies
/// (flat UCB1 over the candidates), the rollouts play `horizon` rounds with a fast default
/// policy for every role, and the candidate with the best mean own value is taken.
public struct SearchStrategy: Strategy {
    /// Rollouts per decision.
    public var rollouts: Int
    /// Rounds each rollout plays beyond the current one.
    public var horizon: Int
    /// Candidates searched: ready plus the best by one-step gain.
    public var maxCandidates: Int
    /// The UCB1 exploration constant, in units of the spread of values seen.
    public var exploration: Double

    /// Creates a search strategy.
    public init(
        rollouts: Int = 64, horizon: Int = 2, maxCandidates: Int = 6, exploration: Double = 0.7
    ) {
        self.rollouts = max(1, rollouts)
        self.horizon = max(0, horizon)
        self.maxCandidates = max(2, maxCandidates)
        self.exploration = exploration
    }

    /// `search`.
    public var name: String { StrategyKind.search.rawValue }

    /// The candidate with the best mean rollout value.
    public mutating func choose(_ decision: Decision, using random: inout SeededGenerator) -> Action
    {
        let (candidates, defaultPick) = self.candidates(decision, seed: random.next())
        guard candidates.count > 1 else {
            return defaultPick ?? candidates.first ?? .ready(role: decision.role)
        }
        var totals = Array(repeating: 0.0, count: candidates.count)
        var counts = Array(repeating: 0, count: candidates.count)
        var low = Double.infinity
        var high = -Double.infinity
        for step in 0..<max(rollouts, candidates.count) {
            let pick: Int
            if step < candidates.count {
                pick = step
            } else {
                let spread = max(0.000_1, high - low)
                let logN = Double(step).naturalLog
                pick =
                    candidates.indices.max { a, b in
                        ucb(totals[a], counts[a], logN, spread)
                            < ucb(totals[b], counts[b], logN, spread)
                    } ?? 0
            }
            let value = rollout(decision, candidates[pick], seed: random.next())
            totals[pick] += value
            counts[pick] += 1
            low = min(low, value)
            high = max(high, value)
        }
        let means = candidates.indices.map { totals[$0] / Double(max(1, counts[$0])) }
        let best =
            candidates.indices.max { a, b in means[a] != means[b] ? means[a] < means[b] : a > b }
            ?? 0
        // Greedy's own pick is the default; the search only overrules it with a clear margin.
        let fallback = defaultPick.flatMap { candidates.firstIndex(of: $0) } ?? best
        let margin = 0.05 * max(0.000_1, high - low)
        return candidates[means[best] > means[fallback] + margin ? best : fallback]
    }

    private func ucb(_ total: Double, _ count: Int, _ logN: Double, _ spread: Double) -> Double {
        total / Double(count) + exploration * spread * (logN / Double(count)).squareRoot()
    }

    /// Ready, the options of a pending dilemma or both answers to a pending proposal, and
    /// the actions with the best one-step gain; with greedy's pick, the default.
    func candidates(_ decision: Decision, seed: UInt64) -> ([Action], Action?) {
        let role = decision.role
        if let dilemma = DilemmaJudge.pending(decision) {
            let options = decision.legalActions.filter {
                if case .choose(_, dilemma, _) = $0 { return true }
                return false
            }
            let selfish = DilemmaJudge.selfishOption(decision, dilemma: dilemma, seed: seed)
            return (options, .choose(role: role, dilemma: dilemma, option: selfish))
        }
        var list: [Action] = [.ready(role: role)]
        for action in decision.legalActions {
            guard case .respond(_, let number, _) = action else { continue }
            list.append(.respond(role: role, proposal: number, accept: true))
            list.append(.respond(role: role, proposal: number, accept: false))
            return (list, nil)
        }
        let ranked = GreedyStrategy.rank(decision, seed: seed)
        let greedy =
            ranked.first.flatMap { $0.gain > 0.000_1 ? $0.action : nil } ?? .ready(role: role)
        for (action, gain) in ranked where list.count < maxCandidates {
            if gain > -0.000_1 || list.count < 3 { list.append(action) }
        }
        return (list, greedy)
    }

    /// Plays `first` and then the default policy for `horizon` rounds; the role's own value.
    func rollout(_ decision: Decision, _ first: Action, seed: UInt64) -> Double {
        var game = decision.sample(seed: seed)
        let role = decision.role
        guard case .success = game.apply(first) else { return -Double.greatestFiniteMagnitude }
        var random = SeededGenerator(seed: seed ^ 0x5EA5_C4F0_0D15_EA5E)
        let end = decision.round + horizon + 1
        var steps = 0
        while let active = game.activeRole, game.state.round < end, steps < 5_000 {
            steps += 1
            let move = RolloutPolicy.move(game, role: active, random: &random)
            if case .failure = game.apply(move) { _ = game.apply(.ready(role: active)) }
        }
        return Heuristic.ownValue(game, role: role)
    }
}

extension Double {
    /// The natural logarithm for UCB1, computed without Foundation.
    fileprivate var naturalLog: Double {
        // ln(x) by repeated square roots: ln x = 2^k * ln(x^(1/2^k)) ~ 2^k * (y - 1).
        var y = self
        var scale = 1.0
        while y > 1.000_1 {
            y = y.squareRoot()
            scale *= 2
        }
        return scale * (y - 1)
    }
}
