/// A planned project as its owner showed it when sharing its plans.
public struct SharedPlan: Hashable, Sendable, Codable {
    /// The project (index).
    public var project: Int
    /// The round (index) it is planned to start in.
    public var round: Int

    /// Creates a shared plan.
    public init(project: Int, round: Int) {
        self.project = project
        self.round = round
    }
}
