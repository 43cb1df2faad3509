/// The same game and seed played again by bots, beside the table's own game.
public struct DebriefCounterfactual: Hashable, Sendable {
    /// The table's own game first, then each alternative.
    public var plays: [DebriefPlay]
    /// The events that fired a different number of times in some play, in the game's order.
    public var differences: [DebriefEventDifference]
}
