/// One role's public promises: how many it kept and broke, and each promise.
public struct DebriefPromises: Hashable, Sendable {
    /// The role (index).
    public var role: Int
    /// Promises kept.
    public var kept: Int
    /// Promises broken.
    public var broken: Int
    /// Promises whose year has not been executed yet.
    public var open: Int
    /// Each promise, in the order made.
    public var promises: [DebriefPromise]
}
