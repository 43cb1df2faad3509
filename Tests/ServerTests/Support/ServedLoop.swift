import Foundation
import Glibc

@testable import Server

/// A server loop running on its own thread for a test, on a free loopback port.
final class ServedLoop: @unchecked Sendable {
    // @unchecked: the loop and its host are touched only by the loop's thread until
    // `stop()` has waited for that thread to finish.
    let loop: ServerLoop
    private let finished = DispatchSemaphore(value: 0)

    /// Starts serving `host`; `limits` may be loosened for tests that send fast.
    init(host: TableHost, limits: ServerLimits = ServerLimits()) throws {
        loop = try ServerLoop(configuration: ServerConfiguration(limits: limits), host: host)
        Thread.detachNewThread { [self] in
            loop.run()
            finished.signal()
        }
    }

    /// The port served on.
    var port: Int { loop.controller.port }

    /// Stops the loop and waits for its thread (at most 10 s); after this the host is the
    /// caller's again.
    func stop() {
        loop.controller.stop()
        _ = finished.wait(timeout: .now() + 10)
    }
}

/// A blocking line client for tests: connect, send lines, read lines, all with timeouts.
final class TestLineClient {
    private let socket: Int32
    private var buffer: [UInt8] = []
    /// Every line received, in order.
    private(set) var received: [String] = []

    /// Connects to 127.0.0.1:`port` (receives time out after `timeout` whole seconds).
    init(port: Int, timeout: Int = 5) throws {
        socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var time = timeval(tv_sec: Int(timeout), tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &time, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard result == 0 else {
            close(socket)
            throw RequireError(what: "a connection to port \(port)")
        }
    }

    deinit { close(socket) }

    /// Sends one line.
    func send(_ line: String) {
        let bytes = Array((line + "\n").utf8)
        _ = bytes.withUnsafeBytes {
            Glibc.send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL))
        }
    }

    /// The next line, or nil when the server closed the connection or nothing came in time.
    func line() -> String? {
        while true {
            if let newline = buffer.firstIndex(of: 0x0A) {
                var line = String(decoding: buffer[..<newline], as: UTF8.self)
                if line.hasSuffix("\r") { line.removeLast() }
                buffer.removeSubrange(...newline)
                received.append(line)
                return line
            }
            var chunk = [UInt8](repeating: 0, count: 8192)
            let count = chunk.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
            guard count > 0 else { return nil }
            buffer += chunk[..<count]
        }
    }

    /// Reads lines until one satisfies `stop` (returned), or nil on close or timeout.
    func read(until stop: (String) -> Bool) -> String? {
        while let line = line() {
            if stop(line) { return line }
        }
        return nil
    }
}
