import GameRules

/// Pursues only its own goals: plans its own projects it can afford at the earliest round,
/// shares nothing, never contributes, refuses every proposal and never commits.
public struct SectoralStrategy: Strategy {
    /// Creates a sectoral strategy.
    public init() {}

    /// `sectoral`.
    public var name: String { StrategyKind.sectoral.rawValue }

    /// Its own dilemma option, a refusal, or its next own plan; otherwise ready.
    public mutating func choose(_ decision: Decision, using random: inout SeededGenerator) -> Action
    {
        let role = decision.role
        if let choice = DilemmaJudge.selfishChoice(decision, using: &random) { return choice }
        // The first refusal among the legal actions, found without listing them.
        if let proposal = decision.firstRefusableProposal {
            return .respond(role: role, proposal: proposal, accept: false)
        }
        // A role without projects has nothing to plan: its view is then never built.
        if decision.spec.projects.contains(where: { $0.owner == role }),
            let plan = ProjectPlanner().nextPlan(decision, view: decision.view)
        {
            return plan
        }
        return .ready(role: role)
    }
}
