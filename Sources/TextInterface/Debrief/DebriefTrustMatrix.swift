/// Trust between the roles at one moment: `values[from][to]` is how much `from` trusts `to`.
public struct DebriefTrustMatrix: Hashable, Sendable {
    /// Rows by the role that trusts, columns by the role trusted (0-100).
    public var values: [[Double]]
    /// The mean trust between different roles.
    public var groupTrust: Double
}
