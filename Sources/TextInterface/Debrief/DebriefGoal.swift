/// One goal and whether it was reached.
public struct DebriefGoal: Hashable, Sendable {
    /// The goal's text.
    public var text: String
    /// Its points.
    public var points: Double
    /// Its deadline year, if any.
    public var deadline: Int?
    /// Whether it was reached.
    public var reached: Bool
}
