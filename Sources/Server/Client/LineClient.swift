import Glibc

/// The line client of `wijkspel join HOST:PORT CODE`: connects, sends the code, then copies
/// standard input to the server and the server's lines to standard output.
///
/// Blocking, one thread, `poll(2)` on both sides. It ends when the server closes, or, once
/// standard input ends, when the server has said nothing more for a few seconds.
public enum LineClient {
    /// Connects to `host:port`, joins with `code` and relays lines; the exit status (0 when
    /// the session ended normally, 1 when the connection failed; the reason on standard error).
    public static func run(host: String, port: Int, code: String) -> Int32 {
        run(host: host, port: port, code: code, input: 0, output: 1, errors: 2)
    }

    /// The host and port of `HOST:PORT` (`[::1]:7000` for an IPv6 address), or the reason
    /// it is not one.
    public static func endpoint(_ text: String) -> Result<(host: String, port: Int), ServerError> {
        let bad = ServerError(
            id: "bad-endpoint", message: "'\(text)' is not HOST:PORT",
            suggestion: "give the address the server printed, such as 192.168.1.20:7000")
        guard let colon = text.lastIndex(of: ":"),
            let port = Int(text[text.index(after: colon)...]),
            (1...65535).contains(port)
        else { return .failure(bad) }
        var host = text[..<colon]
        if host.hasPrefix("[") && host.hasSuffix("]") {
            host = host.dropFirst().dropLast()
        } else if host.contains(":") {
            return .failure(bad)
        }
        guard !host.isEmpty, !host.contains(where: { $0.isWhitespace }) else {
            return .failure(bad)
        }
        return .success((String(host), port))
    }

    /// `run` with its file descriptors given (for tests).
    static func run(
        host: String, port: Int, code: String, input: Int32, output: Int32, errors: Int32,
        connectTimeout: Double = 10, quietAfterInput: Double = 3
    ) -> Int32 {
        let fd: Int32
        switch connect(host: host, port: port, timeout: connectTimeout) {
        case .success(let connected): fd = connected
        case .failure(let error):
            write(all: Array((error.description + "\n").utf8), to: errors)
            return 1
        }
        defer { close(fd) }
        let clearsScreen = isatty(output) == 1
        guard sendAll(Array((code + "\n").utf8), to: fd, timeout: connectTimeout) else {
            write(all: Array("error[connect-failed]: the server went away\n".utf8), to: errors)
            return 1
        }
        var inputOpen = true
        var quietUntil = Double.infinity
        var buffer = [UInt8](repeating: 0, count: 4096)
        while MonotonicClock.now() < quietUntil {
            var fds = [pollfd(fd: fd, events: Int16(POLLIN), revents: 0)]
            if inputOpen { fds.append(pollfd(fd: input, events: Int16(POLLIN), revents: 0)) }
            guard poll(&fds, nfds_t(fds.count), 500) >= 0 || errno == EINTR else { return 1 }
            if fds[0].revents != 0 {
                let count = read(fd, &buffer, buffer.count)
                if count <= 0 { return 0 }
                var bytes = Array(buffer[..<count])
                if clearsScreen && bytes.contains(0x0C) {
                    bytes = bytes.flatMap { $0 == 0x0C ? Array("\u{1B}[2J\u{1B}[H".utf8) : [$0] }
                }
                write(all: bytes, to: output)
                if inputOpen == false { quietUntil = MonotonicClock.now() + quietAfterInput }
            }
            if inputOpen, fds.count > 1, fds[1].revents != 0 {
                let count = read(input, &buffer, buffer.count)
                if count <= 0 {
                    inputOpen = false
                    shutdown(fd, Int32(SHUT_WR))
                    quietUntil = MonotonicClock.now() + quietAfterInput
                } else if !sendAll(Array(buffer[..<count]), to: fd, timeout: connectTimeout) {
                    return 0
                }
            }
        }
        return 0
    }

    /// A connected blocking-free socket to `host:port`, trying each address in turn.
    static func connect(host: String, port: Int, timeout: Double) -> Result<Int32, ServerError> {
        guard (1...65535).contains(port) else {
            return .failure(
                ServerError(
                    id: "bad-port", message: "port \(port) is not between 1 and 65535",
                    suggestion: "give the port the server printed, as HOST:PORT"))
        }
        let addresses: [ResolvedAddress]
        switch Socket.resolve(host, port: port, passive: false, numeric: false) {
        case .success(let found): addresses = found
        case .failure(let error): return .failure(error)
        }
        var lastError = ServerError(
            id: "connect-failed", message: "cannot reach \(host):\(port)",
            suggestion: "check the address and that the server runs")
        for address in addresses {
            let fd = socket(address.family, Int32(SOCK_STREAM.rawValue), 0)
            guard fd >= 0 else { continue }
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
            var storage = address.storage
            let started = withUnsafePointer(to: &storage) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    Glibc.connect(fd, $0, address.length)
                }
            }
            if started == 0 { return .success(fd) }
            guard errno == EINPROGRESS else {
                lastError.message = "cannot reach \(host):\(port): \(Socket.errorText())"
                close(fd)
                continue
            }
            var fds = [pollfd(fd: fd, events: Int16(POLLOUT), revents: 0)]
            if poll(&fds, 1, Int32(timeout * 1000)) <= 0 {
                lastError = ServerError(
                    id: "connect-timeout",
                    message: "no answer from \(host):\(port) within \(Int(timeout)) s",
                    suggestion: "check the address, the network and any firewall")
                close(fd)
                continue
            }
            var failure: Int32 = 0
            var length = socklen_t(MemoryLayout<Int32>.size)
            getsockopt(fd, SOL_SOCKET, SO_ERROR, &failure, &length)
            if failure == 0 { return .success(fd) }
            lastError.message = "cannot reach \(host):\(port): \(Socket.errorText(failure))"
            close(fd)
        }
        return .failure(lastError)
    }

    /// Sends all of `bytes`, waiting at most `timeout` seconds for room each time.
    static func sendAll(_ bytes: [UInt8], to fd: Int32, timeout: Double) -> Bool {
        var start = 0
        while start < bytes.count {
            let sent = bytes.withUnsafeBytes {
                Socket.send(fd, UnsafeRawBufferPointer(rebasing: $0[start...]))
            }
            guard let sent else { return false }
            if sent == 0 {
                var fds = [pollfd(fd: fd, events: Int16(POLLOUT), revents: 0)]
                guard poll(&fds, 1, Int32(timeout * 1000)) > 0 else { return false }
            }
            start += sent
        }
        return true
    }

    private static func write(all bytes: [UInt8], to fd: Int32) {
        var start = 0
        while start < bytes.count {
            let written = bytes.withUnsafeBytes {
                Glibc.write(fd, $0.baseAddress! + start, $0.count - start)
            }
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { return }
            start += written
        }
    }
}
