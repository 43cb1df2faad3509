/// How a game ended.
public enum Outcome: String, Hashable, Sendable, Codable {
    /// The last round was played.
    case completed
    /// An end condition held.
    case ended
    /// The collective loss condition held: everyone lost.
    case collectiveLoss
}
