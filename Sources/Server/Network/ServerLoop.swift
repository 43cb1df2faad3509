import Glibc

/// The server of `wijkspel serve`: one thread, one `poll(2)` loop, one port for line
/// clients (`nc`, `wijkspel join`) and HTTP (the player page, the wall, the JSON API).
///
/// The loop owns the host: every host call happens on the thread that runs `run()`. Other
/// threads use `controller` (the port, the counters, `stop()`).
public final class ServerLoop {
    /// The thread-safe handle: port, counters, `stop()`.
    public let controller: ServerController
    let configuration: ServerConfiguration
    let limits: ServerLimits
    let host: any LineHost
    let parser: HTTPParser
    private let listener: Int32
    private let wakePipe: WakePipe
    var connections: [Int32: Connection] = [:]
    var attempts: CodeAttemptLimiter
    var webSeats: WebSeats
    private var lastRevision: Int
    private var consoleAfter = 0
    private var consoleReader: LineReader?
    private var lastTick: Double
    private var acceptPausedUntil = 0.0
    private var largestInputBuffer = 0
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
        self.lastTick = now
        if configuration.readsConsole { consoleReader = LineReader(limit: limits.maxLineBytes) }
    }

    deinit {
        close(listener)
    }

    /// Serves until `controller.stop()`; then closes every connection and detaches every seat.
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
                readConsole(fds[consoleIndex].revents)
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

    // MARK: Accepting

    private func acceptAll(now: Double) {
        for _ in 0..<256 {
            var storage = sockaddr_storage()
            var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
            let fd = withUnsafeMutablePointer(to: &storage) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    accept(listener, $0, &length)
                }
            }
            guard fd >= 0 else {
                if errno == EMFILE || errno == ENFILE || errno == ENOBUFS || errno == ENOMEM {
                    acceptPausedUntil = now + 0.1
                }
                return
            }
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
            _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
            let address = ResolvedAddress(
                family: Int32(storage.ss_family), storage: storage, length: length
            ).host
            if connections.count >= limits.maxConnections && !evictOne() {
                var message = Array((LineMessages.full + "\n").utf8)
                _ = message.withUnsafeMutableBytes { Socket.send(fd, UnsafeRawBufferPointer($0)) }
                close(fd)
                controller.update { $0.refusedFull += 1 }
                continue
            }
            connections[fd] = Connection(fd: fd, address: address, now: now, limits: limits)
            controller.update {
                $0.accepted += 1
                $0.mostOpen = max($0.mostOpen, connections.count)
            }
        }
    }

    /// Closes the oldest connection that has proven nothing yet (no join, no complete
    /// request); false when none.
    private func evictOne() -> Bool {
        let oldest = connections.values.filter(\.isUnproven).min { $0.openedAt < $1.openedAt }
        guard let oldest else { return false }
        closeNow(oldest)
        controller.update { $0.evicted += 1 }
        return true
    }

    // MARK: Reading

    private func receive(on connection: Connection, now: Double) {
        var chunk = [UInt8](repeating: 0, count: 4096)
        for _ in 0..<16 {
            let count = read(connection.fd, &chunk, chunk.count)
            if count < 0 {
                if errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR { return }
                closeNow(connection)
                return
            }
            if count == 0 {
                peerClosed(connection, now: now)
                return
            }
            take(chunk[..<count], on: connection, now: now)
            guard connections[connection.fd] === connection else { return }
            let buffered = max(connection.raw.count, connection.reader.pending.count)
            if buffered > largestInputBuffer {
                largestInputBuffer = buffered
                controller.update { $0.largestInputBuffer = buffered }
            }
        }
    }

    private func take(_ bytes: ArraySlice<UInt8>, on connection: Connection, now: Double) {
        switch connection.phase {
        case .sniffing:
            let room = limits.maxLineBytes - connection.raw.count
            connection.raw.append(contentsOf: bytes.prefix(room))
            let rest = bytes.dropFirst(room)
            let newline = connection.raw.firstIndex(of: UInt8(ascii: "\n"))
            guard newline != nil || connection.raw.count >= limits.maxLineBytes else { return }
            let firstLine = connection.raw[..<(newline ?? connection.raw.endIndex)]
            if Self.looksLikeHTTP(firstLine) {
                connection.phase = .http
                let cap = limits.maxHeaderBytes + limits.maxBodyBytes
                connection.raw.append(contentsOf: rest.prefix(max(0, cap - connection.raw.count)))
                handleHTTPInput(connection, now: now)
            } else {
                connection.phase = .line
                let sniffed = connection.raw
                connection.raw = []
                takeLines(connection.reader.feed(sniffed), on: connection, now: now)
                if !connection.closeAfterFlush {
                    takeLines(connection.reader.feed(rest), on: connection, now: now)
                }
            }
        case .line:
            guard !connection.closeAfterFlush else { return }
            takeLines(connection.reader.feed(bytes), on: connection, now: now)
        case .http:
            let cap = limits.maxHeaderBytes + limits.maxBodyBytes
            connection.raw.append(contentsOf: bytes.prefix(max(0, cap - connection.raw.count)))
            handleHTTPInput(connection, now: now)
        case .parked, .answered:
            return
        }
    }

    /// Whether a first line is an HTTP request line: it names a version, or (cut off at the
    /// limit) it starts like `GET /`.
    static func looksLikeHTTP(_ line: ArraySlice<UInt8>) -> Bool {
        let text = String(decoding: line.prefix(8192), as: UTF8.self)
        if text.contains(" HTTP/") { return true }
        let method = text.prefix { $0.isASCII && $0.isUppercase }
        return !method.isEmpty && method.count <= 16 && text.dropFirst(method.count).hasPrefix(" /")
    }

    /// The client closed its side: a line client still gets what its last lines caused, an
    /// answered request its answer; anything else is dropped at once.
    private func peerClosed(_ connection: Connection, now: Double) {
        connection.peerClosed = true
        switch connection.phase {
        case .line, .answered:
            connection.closeAfterFlush = true
        case .sniffing, .http, .parked:
            closeNow(connection)
        }
    }

    // MARK: Console

    private func readConsole(_ events: Int16) {
        var chunk = [UInt8](repeating: 0, count: 4096)
        let count = read(consoleInput, &chunk, chunk.count)
        if count < 0 && (errno == EAGAIN || errno == EINTR) { return }
        guard count > 0, var reader = consoleReader else {
            consoleReader = nil
            return
        }
        let events = reader.feed(chunk[..<count])
        consoleReader = reader
        for event in events {
            switch event {
            case .line(let bytes):
                guard let text = String(validating: bytes, as: UTF8.self) else {
                    writeStandardOutput(LineMessages.badText + "\n")
                    continue
                }
                host.console(text)
            case .tooLong:
                consoleReader = LineReader(limit: limits.maxLineBytes)
                writeStandardOutput(
                    LineMessages.lineTooLong.replacingOccurrences(
                        of: ": connection closed", with: "") + "\n")
            }
        }
    }

    private func printConsoleOutput() {
        guard configuration.printsConsole else { return }
        let slice = host.consoleOutput(after: consoleAfter)
        consoleAfter = slice.next
        guard !slice.lines.isEmpty else { return }
        writeStandardOutput(slice.lines.map { $0 + "\n" }.joined())
    }

    private func writeStandardOutput(_ text: String) {
        var bytes = Array(text.utf8)
        var start = 0
        while start < bytes.count {
            let written = bytes.withUnsafeMutableBytes {
                write(consoleOutput, $0.baseAddress! + start, $0.count - start)
            }
            if written <= 0 {
                if written < 0 && errno == EINTR { continue }
                return
            }
            start += written
        }
    }

    // MARK: Timers

    private func checkTimeouts(now: Double) {
        for connection in Array(connections.values) {
            guard connections[connection.fd] === connection else { continue }
            if let until = connection.lingerUntil {
                if now >= until { closeNow(connection) }
                continue
            }
            if !connection.outbox.isEmpty
                && now - connection.lastWriteProgress > limits.writeStallSeconds
            {
                controller.update { $0.closedForSlowReading += 1 }
                closeNow(connection)
                continue
            }
            switch connection.phase {
            case .sniffing:
                if let delay = limits.greetingDelaySeconds, connection.raw.isEmpty,
                    now - connection.openedAt >= delay
                {
                    connection.phase = .line
                    send(LineMessages.greeting + "\n", to: connection)
                } else if now - connection.openedAt >= limits.unjoinedIdleSeconds {
                    timeOut(connection, message: LineMessages.idle)
                }
            case .line:
                let idle =
                    connection.seat == nil ? limits.unjoinedIdleSeconds : limits.joinedIdleSeconds
                if !connection.closeAfterFlush && now - connection.lastLineAt >= idle {
                    timeOut(connection, message: LineMessages.idle)
                }
            case .http:
                if now - connection.openedAt >= limits.headerTimeoutSeconds {
                    controller.update { $0.timedOut += 1 }
                    answer(connection, .text(.requestTimeout, "request too slow"), now: now)
                }
            case .parked(let poll):
                if now >= poll.deadline { answerPoll(connection, poll, now: now, force: true) }
            case .answered:
                if now - connection.openedAt >= limits.headerTimeoutSeconds + limits.longPollSeconds
                {
                    closeNow(connection)
                }
            }
        }
    }

    private func timeOut(_ connection: Connection, message: String) {
        controller.update { $0.timedOut += 1 }
        send(message + "\n", to: connection)
        connection.closeAfterFlush = true
    }

    // MARK: Delivering

    /// Sends line clients, polls and the console what is new since the last pass.
    private func deliver(now: Double) {
        let revision = host.revision
        let changed = revision != lastRevision
        lastRevision = revision
        guard changed || deliveryDue else { return }
        deliveryDue = false
        for connection in Array(connections.values) {
            guard connections[connection.fd] === connection else { continue }
            switch connection.phase {
            case .line:
                if connection.seat != nil && (changed || connection.promptDue) {
                    sendSeatOutput(to: connection)
                }
            case .parked(let poll):
                if changed { answerPoll(connection, poll, now: now, force: false) }
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
        for connection in Array(connections.values) {
            guard connections[connection.fd] === connection else { continue }
            if !connection.outbox.isEmpty {
                guard let sent = connection.outbox.flush(to: connection.fd) else {
                    closeNow(connection)
                    continue
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
        controller.update { $0.open = 0 }
    }
}
