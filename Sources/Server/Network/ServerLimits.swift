/// The bounds the server keeps, so no client can make it grow or wait without end.
///
/// Times are in seconds. The defaults suit a workshop room of a few dozen people.
public struct ServerLimits: Sendable, Equatable {
    /// Longest line a line client may send, in bytes (default 4096); longer: the connection
    /// is told why and closed, and never more than this is buffered.
    public var maxLineBytes = 4096
    /// Commands a connection (or a web seat) may send per second, sustained (default 10).
    public var commandsPerSecond = 10.0
    /// Commands a connection (or a web seat) may send in a burst (default 20).
    public var commandBurst = 20.0
    /// Open connections at most (default 1000). When full, the oldest connection that has
    /// not yet said what it is makes room; when none has, the newcomer is told and closed.
    public var maxConnections = 1000
    /// Wrong codes one line connection may try before it is closed (default 5).
    public var maxCodeAttemptsPerConnection = 5
    /// Wrong codes one client address may try per minute (default 20); then that address
    /// may not try any code for `blockSeconds`.
    public var maxFailuresPerAddressPerMinute = 20
    /// How long an address that tried too many codes is refused (default 60).
    public var blockSeconds = 60.0
    /// Wrong codes all clients together may try per minute (default 300); beyond it every
    /// code is refused until the budget refills, whatever its address.
    public var maxFailuresPerMinute = 300
    /// A line connection that has not joined is closed after this long without a line
    /// (default 30).
    public var unjoinedIdleSeconds = 30.0
    /// A joined line connection is closed after this long without a line (default 7200,
    /// two hours: a workshop's length; the client may simply reconnect).
    public var joinedIdleSeconds = 7200.0
    /// When a new connection has said nothing for this long, it is greeted as a line client;
    /// nil (the default) never greets. Off by default because browsers open sockets ahead of
    /// need and would read a greeting as a broken answer; line clients are told to type the
    /// code shown on the screen.
    public var greetingDelaySeconds: Double? = nil
    /// Request line and headers together at most, in bytes (default 8192).
    public var maxHeaderBytes = 8192
    /// Request body at most, in bytes (default 4096).
    public var maxBodyBytes = 4096
    /// A whole HTTP request must arrive within this long after connecting (default 10).
    public var headerTimeoutSeconds = 10.0
    /// A long poll answers, empty if need be, after this long (default 20).
    public var longPollSeconds = 20.0
    /// A web seat without a poll for this long is detached (default 60).
    public var webSeatIdleSeconds = 60.0
    /// Output waiting for a slow reader at most, in bytes (default 1 MiB); beyond it the
    /// connection is closed.
    public var maxPendingOutputBytes = 1 << 20
    /// A connection whose pending output has not moved for this long is closed (default 60).
    public var writeStallSeconds = 60.0
    /// After the last answer, how long a closing connection may still send before it is cut
    /// (default 2; lets the client read the answer instead of getting a reset).
    public var lingerSeconds = 2.0

    /// The defaults.
    public init() {}
}
