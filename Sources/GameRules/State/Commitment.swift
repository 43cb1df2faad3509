/// A public promise that a project will start in a round.
public struct Commitment: Hashable, Sendable, Codable {
    /// Who promised.
    public var role: Int
    /// Which project.
    public var project: Int
    /// The round (index) it must start in.
    public var round: Int
    /// Set once the round has been executed.
    public var kept: Bool? = nil

    /// Creates an open commitment.
    public init(role: Int, project: Int, round: Int) {
        self.role = role
        self.project = project
        self.round = round
    }
}
