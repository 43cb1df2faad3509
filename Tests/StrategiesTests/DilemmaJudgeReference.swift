import GameRules

@testable import Strategies

/// The dilemma judge as it was before its shortcuts: every option, and for the selfish
/// option every option of the others, played out in full. The shortcuts must choose as it
/// does.
enum DilemmaJudgeReference {
    /// The option best for everyone when every chooser takes it.
    static func cooperativeOption(_ decision: Decision, dilemma: Int, seed: UInt64) -> Int {
        let base = decision.lookahead(seed: seed)
        return best(choosable(decision, dilemma: dilemma)) { option in
            var game = base
            DilemmaJudge.settle(
                &game, from: base, dilemma: dilemma, mine: option, role: decision.role
            ) {
                _ in option
            }
            return Heuristic.sharedValue(game)
        }
    }

    /// The option best for the role itself, averaged over the others all taking each option.
    static func selfishOption(_ decision: Decision, dilemma: Int, seed: UInt64) -> Int {
        let options = decision.spec.dilemmas[dilemma].options.indices
        let base = decision.lookahead(seed: seed)
        return best(choosable(decision, dilemma: dilemma)) { option in
            options.reduce(0.0) { total, others in
                var game = base
                DilemmaJudge.settle(
                    &game, from: base, dilemma: dilemma, mine: option, role: decision.role
                ) { _ in others }
                return total + Heuristic.ownValue(game, role: decision.role)
            }
        }
    }

    /// The options the role may take.
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
}
