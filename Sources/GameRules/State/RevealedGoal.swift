/// A goal of one role that a meeting revealed to another (to that role alone).
public struct RevealedGoal: Hashable, Sendable, Codable {
    /// The role that learned it.
    public var to: Int
    /// The role whose goal it is.
    public var role: Int
    /// The goal (index among that role's goals).
    public var goal: Int

    /// Creates a revealed goal.
    public init(to: Int, role: Int, goal: Int) {
        self.to = to
        self.role = role
        self.goal = goal
    }
}
