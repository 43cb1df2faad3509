/// A goal worth points once its condition holds at a review, optionally before a deadline.
public struct GoalSpec: Hashable, Sendable, Codable {
    /// The goal's id.
    public var id: String
    /// What the goal asks, in the players' language.
    public var text: String
    /// When the goal is reached.
    public var condition: Expression
    /// The points it is worth.
    public var points: Double
    /// The last round (index) in which it can be reached, if any.
    public var deadline: Int?

    /// Creates a goal.
    public init(
        id: String, text: String, condition: Expression, points: Double, deadline: Int? = nil
    ) {
        self.id = id
        self.text = text
        self.condition = condition
        self.points = points
        self.deadline = deadline
    }
}
