import Glibc

/// Reading connections: bounded input, the first line deciding between lines and HTTP.
extension ServerLoop {
    /// Reads what a connection sent (at most 64 KiB a pass, for fairness) and handles it.
    func receive(on connection: Connection, now: Double) {
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

    /// Handles one chunk of input by what the connection is doing; never buffers more than a
    /// line (or one request) may hold.
    func take(_ bytes: ArraySlice<UInt8>, on connection: Connection, now: Double) {
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
    func peerClosed(_ connection: Connection, now: Double) {
        connection.peerClosed = true
        if connection.lingerUntil != nil {
            closeNow(connection)
            return
        }
        switch connection.phase {
        case .line, .answered:
            connection.closeAfterFlush = true
        case .sniffing, .http, .parked:
            closeNow(connection)
        }
    }
}
