import Foundation
import Glibc

/// A blocking loopback client whose every read and write gives up after `timeout` seconds,
/// so a server bug fails a test instead of hanging it.
final class TestClient {
    /// The socket (-1 once closed).
    private(set) var fd: Int32
    private var buffer: [UInt8] = []

    /// Connects to `127.0.0.1:port`; nil when that fails.
    init?(port: Int, timeout: Double = 5, receiveBuffer: Int32? = nil, source: String? = nil) {
        fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return nil }
        var time = timeval(
            tv_sec: Int(timeout), tv_usec: Int(timeout.truncatingRemainder(dividingBy: 1) * 1e6))
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &time, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &time, socklen_t(MemoryLayout<timeval>.size))
        if var size = receiveBuffer {
            setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &size, socklen_t(MemoryLayout<Int32>.size))
        }
        if let source {
            var local = sockaddr_in()
            local.sin_family = sa_family_t(AF_INET)
            local.sin_addr.s_addr = inet_addr(source)
            let bound = withUnsafePointer(to: &local) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
                }
            }
            guard bound == 0 else {
                Glibc.close(fd)
                return nil
            }
        }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = UInt16(port).bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else {
            Glibc.close(fd)
            return nil
        }
    }

    deinit { close() }

    /// Closes the socket.
    func close() {
        if fd >= 0 { Glibc.close(fd) }
        fd = -1
    }

    /// Closes the sending side only (the server sees the end of the stream).
    func shutdownWrite() {
        shutdown(fd, Int32(SHUT_WR))
    }

    /// Sends `text`; false when the server is gone or did not take it in time.
    @discardableResult
    func send(_ text: String) -> Bool { send(Array(text.utf8)) }

    /// Sends `bytes`; false when the server is gone or did not take it in time.
    @discardableResult
    func send(_ bytes: [UInt8]) -> Bool {
        var start = 0
        while start < bytes.count {
            let sent = bytes.withUnsafeBytes {
                Glibc.send(fd, $0.baseAddress! + start, $0.count - start, Int32(MSG_NOSIGNAL))
            }
            guard sent > 0 else { return false }
            start += sent
        }
        return true
    }

    /// The next line (without its LF), or nil at the end or on a timeout.
    func readLine() -> String? {
        while true {
            if let newline = buffer.firstIndex(of: 0x0A) {
                let line = String(decoding: buffer[..<newline], as: UTF8.self)
                buffer.removeFirst(newline + 1)
                return line
            }
            guard fill() > 0 else { return nil }
        }
    }

    /// Lines until one contains `text` (that one included); nil if it never came.
    func lines(until text: String, atMost: Int = 1000) -> [String]? {
        var seen: [String] = []
        for _ in 0..<atMost {
            guard let line = readLine() else { return nil }
            seen.append(line)
            if line.contains(text) { return seen }
        }
        return nil
    }

    /// Everything until the server closes (or `timeout`), including what was buffered.
    func readToEnd() -> [UInt8] {
        while fill() > 0 {}
        defer { buffer = [] }
        return buffer
    }

    /// Whether the server has sent something not yet read, waiting at most `seconds`.
    func hasInput(within seconds: Double) -> Bool {
        if !buffer.isEmpty { return true }
        var entry = [pollfd(fd: fd, events: Int16(POLLIN), revents: 0)]
        return poll(&entry, 1, Int32(seconds * 1000)) > 0
    }

    /// Whether the server closed the connection (end of stream or reset) before the timeout.
    func isClosedByServer() -> Bool {
        while true {
            var chunk = [UInt8](repeating: 0, count: 65536)
            let count = recv(fd, &chunk, chunk.count, 0)
            if count == 0 { return true }
            if count < 0 { return errno == ECONNRESET || errno == EPIPE }
        }
    }

    private func fill() -> Int {
        var chunk = [UInt8](repeating: 0, count: 65536)
        let count = recv(fd, &chunk, chunk.count, 0)
        guard count > 0 else { return 0 }
        buffer.append(contentsOf: chunk[..<count])
        return count
    }
}
