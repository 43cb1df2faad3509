/// One action of the record, in words.
public struct DebriefAction: Hashable, Sendable {
    /// Its position in the record (from 0).
    public var index: Int
    /// The calendar year it was taken in.
    public var year: Int
    /// The phase's name.
    public var phase: String
    /// The acting role's name, or the facilitator.
    public var role: String
    /// The action as it would be typed at the table.
    public var text: String
}
