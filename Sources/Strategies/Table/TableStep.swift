import GameRules

/// One accepted action at a table and what it caused.
public struct TableStep: Sendable {
    /// The action.
    public var action: Action
    /// The events it caused, each with its audience.
    public var told: [ToldEvent]
    /// The proposals as they stood before the action (a new round clears them, and the
    /// narration of a decision still needs them).
    public var proposalsBefore: [Proposal]
}
