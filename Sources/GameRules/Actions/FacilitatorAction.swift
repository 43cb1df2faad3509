/// An intervention by the facilitator; recorded like any other action.
public enum FacilitatorAction: Hashable, Sendable, Codable {
    /// Stop or resume the game; while paused, roles cannot act.
    case pause(Bool)
    /// End the current phase now, as if every role said ready.
    case nextPhase
    /// Make an event happen now, ignoring its schedule, condition and chance.
    case inject(event: Int)
    /// Change a role's budget by an amount.
    case adjustBudget(role: Int, by: Double)
    /// Change how much `from` trusts `to` by an amount.
    case adjustTrust(from: Int, to: Int, by: Double)
    /// Change a variable by an amount.
    case adjustVariable(variable: Int, by: Double)
}
