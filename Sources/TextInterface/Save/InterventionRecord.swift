/// A facilitator's intervention as a version-2 save writes it, by ids:
/// `{"adjustBudget":{"by":5,"role":"beheer"}}`.
enum InterventionRecord: Codable, Hashable {
    /// Pause (`on`) or continue the game.
    case pause(on: Bool)
    /// End the current phase.
    case nextPhase
    /// Make an event happen now.
    case inject(event: String)
    /// Change a role's budget.
    case adjustBudget(role: String, by: Double)
    /// Change how much `from` trusts `to`.
    case adjustTrust(from: String, to: String, by: Double)
    /// Change a variable (its full name, such as `noord.riool`).
    case adjustVariable(variable: String, by: Double)
}
