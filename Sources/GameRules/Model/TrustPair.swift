/// A starting trust value for one ordered pair of roles.
public struct TrustPair: Hashable, Sendable, Codable {
    /// The role that trusts.
    public var from: Int
    /// The role that is trusted.
    public var to: Int
    /// The starting value.
    public var value: Double

    /// Creates a pair.
    public init(from: Int, to: Int, value: Double) {
        self.from = from
        self.to = to
        self.value = value
    }
}
