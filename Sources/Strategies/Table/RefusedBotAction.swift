import GameRules

/// An action a bot chose that the rules refused: a bug, counted and reported, never hidden.
public struct RefusedBotAction: Hashable, Sendable {
    /// The number of accepted actions before it (its place in the record).
    public var index: Int
    /// What the bot chose.
    public var action: Action
    /// Why the rules refused it.
    public var rejection: Rejection
}
