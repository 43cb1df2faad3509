import Glibc

/// The server of `wijkspel serve`: one thread, one `poll(2)` loop, one port for line
/// clients (`nc`, `wijkspel join`) and HTTP (the player page, the wall, the JSON API).
///
/// The loop owns the host: every host call happens on the thread that runs `run()`. Other
/// threads use `controller` (the port, the counters, `stop()`).
public final class ServerLoop {
    /// The thread-safe handle: port, counters, `stop()`.
    public let controller: ServerController
    /// The configuration it was started with.
    let configuration: ServerConfiguration
    /// The configuration's limits.
    let limits: ServerLimits
    /// The game side; used from the loop thread only.
    let host: any LineHost
    /// The request parser, with the configured limits.
    let parser: HTTPParser
    /// The listening socket.
    let listener: Int32
    private let wakePipe: WakePipe
    /// The open connections by socket.
    var connections: [Int32: Connection] = [:]
    /// How fast wrong codes may be tried.
    var attempts: CodeAttemptLimiter
    /// The seats the web page plays.
    var webSeats: WebSeats
    /// The host's revision at the last delivery.
    var lastRevision: Int
    /// Each table's revision at the last delivery (index 0 is table 1).
    var lastTableRevisions: [Int]
    /// The console output printed so far.
    var consoleAfter = 0
    /// The console's line reader; nil when the console is not read (or has ended).
    var consoleReader: LineReader?
    /// When the host last ticked.
    var lastTick: Double
    /// Accepting waits until then after running out of descriptors.
    var acceptPausedUntil = 0.0
    /// The most input any connection buffered (mirrored in the statistics).
    var largestInputBuffer = 0
    private var listenerClosed = false
    /// The console's input (standard input; a pipe in tests).
    var consoleInput: Int32 = 0
    /// The console's output (standard output; a pipe in tests).
    var consoleOutput: Int32 = 1
    /// Set when something happened that line clients or polls should see even if the
    /// revision did not change (a join, a prompt due).
    var deliveryDue = false

    /// Binds and listens; throws a described error when the address or port cannot be used.
    public init(configuration: ServerConfiguration, host: any LineHost) throws(ServerError) {
        let fd: Int32
        switch Socket.listen(address: configuration.address, port: configuration.port) {
        case .success(let listening): fd = listening
        case .failure(let error): throw error
        }
        let pipe: WakePipe
        do {
            pipe = try WakePipe()
        } catch {
            close(fd)
            throw error
        }
        let now = MonotonicClock.now()
        self.configuration = configuration
        self.limits = configuration.limits
        self.host = host
        self.parser = HTTPParser(
            maxHeaderBytes: configuration.limits.maxHeaderBytes,
            maxBodyBytes: configuration.limits.maxBodyBytes)
        self.listener = fd
        self.wakePipe = pipe
        self.controller = ServerController(port: Socket.boundPort(fd), wakePipe: pipe)
        self.attempts = CodeAttemptLimiter(limits: configuration.limits, now: now)
        self.webSeats = WebSeats(limits: configuration.limits)
        self.lastRevision = host.revision
        self.lastTableRevisions = (0..<host.tableCount).map { host.revision(table: $0 + 1) }
        self.lastTick = now
        if configuration.readsConsole { consoleReader = LineReader(limit: limits.maxLineBytes) }
    }

    deinit {
        if !listenerClosed { close(listener) }
    }

    /// Serves until `controller.stop()`; then closes every connection and the port and
    /// detaches every seat. Call it once, on the thread that may use the host.
    public func run() {
        signal(SIGPIPE, SIG_IGN)
        printConsoleOutput()
        while !controller.isStopping {
            pass()
        }
        shutDown()
    }

    /// One turn of the loop: wait for events (at most 250 ms), handle them, keep the clock.
    private func pass() {
        var now = MonotonicClock.now()
        var fds: [pollfd] = [pollfd(fd: wakePipe.readEnd, events: Int16(POLLIN), revents: 0)]
        let listening = now >= acceptPausedUntil
        if listening { fds.append(pollfd(fd: listener, events: Int16(POLLIN), revents: 0)) }
        let consoleIndex = consoleReader == nil ? nil : fds.count
        if consoleIndex != nil {
            fds.append(pollfd(fd: consoleInput, events: Int16(POLLIN), revents: 0))
        }
        let firstConnection = fds.count
        for connection in connections.values {
            var events = connection.peerClosed ? Int16(0) : Int16(POLLIN)
            if !connection.outbox.isEmpty { events |= Int16(POLLOUT) }
            fds.append(pollfd(fd: connection.fd, events: events, revents: 0))
        }
        let ready = poll(&fds, nfds_t(fds.count), 250)
        now = MonotonicClock.now()
        if ready > 0 {
            if fds[0].revents != 0 { wakePipe.drain() }
            if listening, fds[1].revents != 0 { acceptAll(now: now) }
            if let consoleIndex, fds[consoleIndex].revents != 0 {
                readConsole()
            }
            for entry in fds[firstConnection...] where entry.revents != 0 {
                guard let connection = connections[entry.fd] else { continue }
                if entry.revents & Int16(POLLIN | POLLHUP | POLLERR) != 0 {
                    if connection.peerClosed {
                        closeNow(connection)
                    } else {
                        receive(on: connection, now: now)
                    }
                }
            }
        }
        if now - lastTick >= 1 {
            lastTick = now
            host.tick()
            sweepWebSeats(now: now)
        }
        checkTimeouts(now: now)
        deliver(now: now)
        flushAll(now: now)
        controller.update {
            $0.passes += 1
            $0.open = connections.count
        }
    }

    // MARK: Delivering

    /// Sends line clients, polls and the console what is new since the last pass.
    private func deliver(now: Double) {
        let revision = host.revision
        let changed = revision != lastRevision
        lastRevision = revision
        guard changed || deliveryDue else { return }
        deliveryDue = false
        // Only the clients of a table whose output changed are looked at.
        let revisions = (0..<host.tableCount).map { host.revision(table: $0 + 1) }
        let tableChanged = zip(revisions, lastTableRevisions).map { $0 != $1 }
        lastTableRevisions = revisions
        func changedTable(_ table: Int) -> Bool {
            tableChanged.indices.contains(table - 1) && tableChanged[table - 1]
        }
        for connection in Array(connections.values) {
            guard connections[connection.fd] === connection else { continue }
            switch connection.phase {
            case .line:
                if let seat = connection.seat, changedTable(seat.table) || connection.promptDue {
                    sendSeatOutput(to: connection)
                }
            case .parked(let poll):
                if changedTable(poll.table) { answerPoll(connection, poll, now: now, force: false) }
            default:
                continue
            }
        }
        if changed { printConsoleOutput() }
    }

    /// Queues a line client's new lines and its prompt.
    func sendSeatOutput(to connection: Connection) {
        guard let seat = connection.seat else { return }
        let slice = host.output(for: seat, after: connection.after)
        guard !slice.lines.isEmpty || connection.promptDue || slice.prompt != connection.lastPrompt
        else { return }
        var text = ""
        for line in slice.lines { text += line + "\n" }
        if !slice.prompt.isEmpty { text += slice.prompt + "\n" }
        connection.after = slice.next
        connection.lastPrompt = slice.prompt
        connection.promptDue = false
        send(text, to: connection)
    }

    // MARK: Writing and closing

    /// Queues `text`; a client whose queue passes the limit is closed (it does not read).
    func send(_ text: String, to connection: Connection) {
        send(Array(text.utf8), to: connection)
    }

    /// Queues `bytes`; a client whose queue passes the limit is closed (it does not read).
    func send(_ bytes: [UInt8], to connection: Connection) {
        guard connections[connection.fd] === connection else { return }
        if connection.outbox.count + bytes.count > limits.maxPendingOutputBytes {
            controller.update { $0.closedForSlowReading += 1 }
            closeNow(connection)
            return
        }
        if connection.outbox.isEmpty { connection.lastWriteProgress = MonotonicClock.now() }
        connection.outbox.append(bytes)
    }

    private func flushAll(now: Double) {
        for connection in Array(connections.values) { flush(connection, now: now) }
    }

    /// Writes what the socket takes of `connection`'s queue now; closes or half-closes it
    /// once a last answer is out.
    func flush(_ connection: Connection, now: Double) {
        guard connections[connection.fd] === connection else { return }
        if !connection.outbox.isEmpty {
            guard let sent = connection.outbox.flush(to: connection.fd) else {
                closeNow(connection)
                return
            }
            if sent > 0 { connection.lastWriteProgress = now }
        }
        if connection.closeAfterFlush && connection.outbox.isEmpty
            && connection.lingerUntil == nil
        {
            if connection.peerClosed {
                closeNow(connection)
            } else {
                shutdown(connection.fd, Int32(SHUT_WR))
                connection.lingerUntil = now + limits.lingerSeconds
                if connection.isLine { connection.phase = .answered }
            }
        }
    }

    /// Closes a connection at once: detaches its seat, ends its poll.
    func closeNow(_ connection: Connection) {
        guard connections.removeValue(forKey: connection.fd) != nil else { return }
        if let seat = connection.seat {
            connection.seat = nil
            host.detach(seat)
        }
        if case .parked(let poll) = connection.phase, case .lines(let seat, _) = poll.subject {
            webSeats.pollEnded(seat, now: MonotonicClock.now())
        }
        connection.phase = .answered
        close(connection.fd)
    }

    private func sweepWebSeats(now: Double) {
        for (seat, times) in webSeats.removeIdle(now: now) {
            for _ in 0..<times { host.detach(seat) }
        }
    }

    private func shutDown() {
        for connection in Array(connections.values) {
            if connection.seat != nil {
                var bytes = Array((LineMessages.stopping + "\n").utf8)
                _ = bytes.withUnsafeMutableBytes {
                    Socket.send(connection.fd, UnsafeRawBufferPointer($0))
                }
            }
            closeNow(connection)
        }
        for (seat, times) in webSeats.removeAll() {
            for _ in 0..<times { host.detach(seat) }
        }
        close(listener)
        listenerClosed = true
        controller.update { $0.open = 0 }
    }
}
