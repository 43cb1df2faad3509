/// How many commitments a role may hold, and how long a promise reaches.
public struct CommitmentSpec: Hashable, Sendable, Codable {
    /// Whether commitments exist in this game.
    public var enabled: Bool = true
    /// How many rounds ahead a role may promise a start.
    public var horizon: Int = 3

    /// Creates commitment rules with the defaults.
    public init() {}
}
