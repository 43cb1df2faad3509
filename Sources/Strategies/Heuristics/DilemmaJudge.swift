import GameRules

/// Chooses an option of an open dilemma by playing the decision out on determinized copies.
enum DilemmaJudge {
    /// The open dilemma the role still has to answer, if any.
    static func pending(_ decision: Decision) -> Int? {
        decision.pendingDilemma
    }

    /// The choice of its own best option in the open dilemma the role still has to answer,
    /// if there is one.
    static func selfishChoice(_ decision: Decision, using random: inout SeededGenerator)
        -> Action?
    {
        guard let dilemma = pending(decision) else { return nil }
        let option = selfishOption(decision, dilemma: dilemma, seed: random.next())
        return .choose(role: decision.role, dilemma: dilemma, option: option)
    }

    /// The option that is best for everyone when every chooser takes it (the cooperative
    /// convention): the highest shared value after the decision.
    static func cooperativeOption(_ decision: Decision, dilemma: Int, seed: UInt64) -> Int {
        let base = decision.lookahead(seed: seed)
        var scratch = base
        return best(choosable(decision, dilemma: dilemma)) { option in
            settle(&scratch, from: base, dilemma: dilemma, mine: option, role: decision.role) {
                _ in option
            }
            return Heuristic.sharedValue(scratch)
        }
    }

    /// The option that is best for the role itself, averaged over the others all taking
    /// each option in turn.
    ///
    /// A playout in which no other chooser was asked for its option (they had all chosen
    /// already) is the playout for every option of theirs: it is played once and its value
    /// added once per option, in the same order, so the sum is the same to the last bit.
    static func selfishOption(_ decision: Decision, dilemma: Int, seed: UInt64) -> Int {
        let count = decision.spec.dilemmas[dilemma].options.count
        let base = decision.lookahead(seed: seed)
        var scratch = base
        return best(choosable(decision, dilemma: dilemma)) { option in
            var total = 0.0
            var others = 0
            while others < count {
                var asked = false
                settle(&scratch, from: base, dilemma: dilemma, mine: option, role: decision.role) {
                    _ in
                    asked = true
                    return others
                }
                let value = Heuristic.ownValue(scratch, role: decision.role)
                repeat {
                    total += value
                    others += 1
                } while !asked && others < count
            }
            return total
        }
    }

    /// The options the role may take: all of them, unless some cost more than it can pay.
    private static func choosable(_ decision: Decision, dilemma: Int) -> [Int] {
        let options = decision.spec.dilemmas[dilemma].options
        guard options.contains(where: { $0.cost > 0 }) else { return Array(options.indices) }
        return options.indices.filter {
            decision.allows(.choose(role: decision.role, dilemma: dilemma, option: $0))
        }
    }

    /// The option with the highest value; the first of near ties, and 0 when there are none.
    private static func best(_ options: [Int], value: (Int) -> Double) -> Int {
        var best = options.first ?? 0
        // A lone option is the best whatever its value: it is not played out.
        guard options.count > 1 else { return best }
        var bestValue = -Double.infinity
        for option in options {
            let current = value(option)
            if current > bestValue + 0.000_001 {
                best = option
                bestValue = current
            }
        }
        return best
    }

    /// Plays `base` on in `game` until the dilemma is decided: the role takes `mine`, other
    /// choosers take `others(role)`, everyone else says ready. `game` is overwritten with
    /// `base` first, its storage reused: the judge plays every option from one position.
    static func settle(
        _ game: inout Game, from base: Game, dilemma: Int, mine: Int, role: Int,
        others: (Int) -> Int
    ) {
        game.overwrite(with: base)
        // Paused, the rules refuse every move: the game stays as it is.
        guard !game.state.paused else { return }
        let decisions = game.state.dilemmas[dilemma].decisions
        let round = game.state.round
        let choosers = game.spec.dilemmas[dilemma].choosers
        // One buffer for the events of every step (they are not read).
        var told: [ToldEvent] = []
        var steps = 0
        while let active = game.activeRole, steps < 400, game.state.round == round,
            game.state.dilemmas[dilemma].decisions == decisions
        {
            steps += 1
            if let slot = choosers.firstIndex(of: active), game.state.dilemmas[dilemma].isOpen,
                game.state.dilemmas[dilemma].choices[slot] == nil
            {
                let option = active == role ? mine : others(active)
                let choice = Action.choose(role: active, dilemma: dilemma, option: option)
                if game.apply(choice, into: &told) == nil { continue }
            }
            // The active role may always say ready in a game that is not paused (and its
            // pause does not change here): no need to ask the rules again.
            game.applyAccepted(.ready(role: active), into: &told)
        }
    }
}
