/// A score with the goals behind it: one role's, or the shared score.
public struct DebriefScore: Hashable, Sendable {
    /// The role (index), or nil for the shared score.
    public var role: Int?
    /// The points.
    public var score: Double
    /// Each goal and whether it was reached.
    public var goals: [DebriefGoal]
}
