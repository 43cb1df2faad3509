import GameRules

/// Chooses an option of an open dilemma by playing the decision out on determinized copies.
enum DilemmaJudge {
    /// The open dilemma the role still has to answer, if any.
    static func pending(_ decision: Decision) -> Int? {
        for action in decision.legalActions {
            if case .choose(_, let dilemma, _) = action { return dilemma }
        }
        return nil
    }

    /// The option that is best for everyone when every chooser takes it (the cooperative
    /// convention): the highest shared value after the decision.
    static func cooperativeOption(_ decision: Decision, dilemma: Int, seed: UInt64) -> Int {
        let options = decision.spec.dilemmas[dilemma].options.indices
        let base = decision.sample(seed: seed)
        var best = options.first ?? 0
        var bestValue = -Double.infinity
        for option in options {
            let game = settle(base, dilemma: dilemma, mine: option, role: decision.role) { _ in
                option
            }
            let value = Heuristic.sharedValue(game)
            if value > bestValue + 0.000_001 {
                best = option
                bestValue = value
            }
        }
        return best
    }

    /// The option that is best for the role itself, averaged over the others all taking
    /// each option in turn.
    static func selfishOption(_ decision: Decision, dilemma: Int, seed: UInt64) -> Int {
        let options = decision.spec.dilemmas[dilemma].options.indices
        let base = decision.sample(seed: seed)
        var best = options.first ?? 0
        var bestValue = -Double.infinity
        for option in options {
            var total = 0.0
            for others in options {
                let game = settle(base, dilemma: dilemma, mine: option, role: decision.role) { _ in
                    others
                }
                total += Heuristic.ownValue(game, role: decision.role)
            }
            if total > bestValue + 0.000_001 {
                best = option
                bestValue = total
            }
        }
        return best
    }

    /// Plays `game` on until the dilemma is decided: the role takes `mine`, other choosers
    /// take `others(role)`, everyone else says ready.
    static func settle(
        _ game: Game, dilemma: Int, mine: Int, role: Int, others: (Int) -> Int
    ) -> Game {
        var game = game
        let decisions = game.state.dilemmas[dilemma].decisions
        let round = game.state.round
        let choosers = game.spec.dilemmas[dilemma].choosers
        var steps = 0
        while let active = game.activeRole, steps < 400, game.state.round == round,
            game.state.dilemmas[dilemma].decisions == decisions
        {
            steps += 1
            if let slot = choosers.firstIndex(of: active), game.state.dilemmas[dilemma].isOpen,
                game.state.dilemmas[dilemma].choices[slot] == nil
            {
                let option = active == role ? mine : others(active)
                if case .success = game.apply(
                    .choose(role: active, dilemma: dilemma, option: option))
                {
                    continue
                }
            }
            _ = game.apply(.ready(role: active))
        }
        return game
    }
}
