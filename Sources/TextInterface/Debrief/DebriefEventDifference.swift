/// One event that fired differently in the counterfactual plays.
public struct DebriefEventDifference: Hashable, Sendable {
    /// The event's id in the game file.
    public var id: String
    /// The event's title.
    public var title: String
    /// How often it fired in each play, in the order of the counterfactual's plays.
    public var fired: [Int]
}
