/// Counters the loop keeps, for tests and for the operator.
public struct ServerStatistics: Sendable, Equatable {
    /// Connections accepted.
    public var accepted = 0
    /// Connections open now.
    public var open = 0
    /// Most connections open at once.
    public var mostOpen = 0
    /// Connections turned away because the server was full.
    public var refusedFull = 0
    /// Unidentified connections closed to make room for a newcomer.
    public var evicted = 0
    /// Line connections closed for a line over the limit.
    public var closedForLongLine = 0
    /// Connections closed because a request, a join or a line did not come in time.
    public var timedOut = 0
    /// Connections closed because they did not read their output.
    public var closedForSlowReading = 0
    /// HTTP requests answered with a 4xx or 5xx status before reaching the host.
    public var refusedRequests = 0
    /// The most input bytes any one connection held buffered at any time.
    public var largestInputBuffer = 0
    /// Code checks refused by the attempt limiter (the host never saw them).
    public var limitedCodeChecks = 0
    /// Loop passes (for tests that wait for the loop to have moved on).
    public var passes = 0

    /// All zero.
    public init() {}
}
