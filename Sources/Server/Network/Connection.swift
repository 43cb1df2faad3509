/// One client connection and everything the loop remembers about it.
final class Connection {
    /// What the connection is doing.
    enum Phase {
        /// Nothing known yet: the first line tells.
        case sniffing
        /// A line client (joined once `seat` is set).
        case line
        /// An HTTP request is arriving.
        case http
        /// An HTTP long poll waits for output.
        case parked(LongPoll)
        /// The answer is out or on its way; input is read and dropped until the connection
        /// closes.
        case answered
    }

    /// The socket.
    let fd: Int32
    /// The client's address, for rate limits.
    let address: String
    /// When it was accepted.
    let openedAt: Double
    /// What it is doing.
    var phase = Phase.sniffing
    /// Raw input while sniffing or reading an HTTP request.
    var raw: [UInt8] = []
    /// Lines of a line client.
    var reader: LineReader
    /// Output waiting to be sent.
    var outbox = Outbox()
    /// When the last output left (or the connection opened).
    var lastWriteProgress: Double
    /// When the last line arrived (or the connection opened).
    var lastLineAt: Double
    /// The seat a line client plays, once joined.
    var seat: SeatKey?
    /// The sequence number the line client has been sent up to.
    var after = 0
    /// The prompt last sent.
    var lastPrompt: String?
    /// Whether the line client should see its prompt again (it typed something).
    var promptDue = false
    /// Wrong codes this connection tried.
    var codeFailures = 0
    /// The line client's command rate.
    var commands: TokenBucket
    /// When the line client was last told it is too fast.
    var lastTooFastNotice = -Double.infinity
    /// Close once the outbox is empty.
    var closeAfterFlush = false
    /// The client closed its side.
    var peerClosed = false
    /// Set when our side is shut: the connection closes by then at the latest.
    var lingerUntil: Double?

    /// A new connection.
    init(fd: Int32, address: String, now: Double, limits: ServerLimits) {
        self.fd = fd
        self.address = address
        self.openedAt = now
        self.lastWriteProgress = now
        self.lastLineAt = now
        self.reader = LineReader(limit: limits.maxLineBytes)
        self.commands = TokenBucket(
            rate: limits.commandsPerSecond, capacity: limits.commandBurst, now: now)
    }

    /// Whether it has proven nothing yet: not sniffed, a line client without a seat, or an
    /// HTTP request still arriving. Such a connection makes room when the server is full.
    var isUnproven: Bool {
        switch phase {
        case .sniffing, .http: true
        case .line: seat == nil
        case .parked, .answered: false
        }
    }

    /// Whether it is a line client.
    var isLine: Bool {
        if case .line = phase { return true }
        return false
    }
}
