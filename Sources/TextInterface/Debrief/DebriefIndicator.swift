/// One indicator in the debrief.
public struct DebriefIndicator: Hashable, Sendable {
    /// The indicator's id in the game file.
    public var id: String
    /// The indicator's name.
    public var name: String
    /// Whether a higher value is better.
    public var higherIsBetter: Bool
}
