import GameRules

/// Uniform over the legal actions, with a bias towards `ready` so that games end.
public struct RandomStrategy: Strategy {
    /// The chance of saying ready regardless of the other actions.
    public var readyChance: Double

    /// Creates a random strategy that says ready with probability `readyChance`.
    public init(readyChance: Double = 0.3) {
        self.readyChance = readyChance
    }

    /// `random`.
    public var name: String { StrategyKind.random.rawValue }

    /// Ready with probability `readyChance`, otherwise a uniformly chosen legal action.
    public mutating func choose(_ decision: Decision, using random: inout SeededGenerator) -> Action
    {
        if random.chance(readyChance) { return .ready(role: decision.role) }
        return decision.randomLegalAction(using: &random)
    }
}
