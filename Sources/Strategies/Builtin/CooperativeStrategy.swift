import GameRules

/// Shares plans, plans and couples its projects, proposes and accepts couplings and joint
/// projects, pays its fair share into funds, commits only to what it can pay, seeks higher
/// forms of collaboration, and answers dilemmas for the common good.
public struct CooperativeStrategy: Strategy {
    private var policy = CooperationPolicy()

    /// Creates a cooperative strategy.
    public init() {}

    /// `cooperative`.
    public var name: String { StrategyKind.cooperative.rawValue }

    /// It keeps its own bookkeeping of what it proposed and paid.
    public var remembersChoices: Bool { true }

    /// The next cooperative move, or ready.
    public mutating func choose(_ decision: Decision, using random: inout SeededGenerator) -> Action
    {
        policy.choose(
            decision, random: &random, willing: { _ in true }, paysIntoFunds: true,
            generousDilemmas: true)
    }
}
