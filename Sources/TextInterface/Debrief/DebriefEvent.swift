/// One event that fired.
public struct DebriefEvent: Hashable, Sendable {
    /// The round (index) it fired in.
    public var round: Int
    /// The calendar year.
    public var year: Int
    /// The event's id in the game file.
    public var id: String
    /// The event's title.
    public var title: String
}
