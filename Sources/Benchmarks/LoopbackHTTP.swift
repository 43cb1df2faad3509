import Foundation
import Glibc

/// A tiny blocking HTTP/1.1 client for loopback load tests: one request per connection.
enum LoopbackHTTP {
    /// The status and body bytes of a `method` request for `path` on 127.0.0.1:`port`, or nil
    /// when the connection failed or timed out (after `timeout` seconds).
    static func request(
        port: Int, method: String, path: String, headers: [String: String] = [:],
        body: String = "", timeout: Double = 30
    ) -> (status: Int, body: [UInt8])? {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { return nil }
        defer { close(socket) }
        var time = timeval(tv_sec: Int(timeout), tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &time, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(socket, SOL_SOCKET, SO_SNDTIMEO, &time, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else { return nil }
        var head = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        let payload = Array(body.utf8)
        head += "Content-Length: \(payload.count)\r\n\r\n"
        let bytes = Array(head.utf8) + payload
        guard
            bytes.withUnsafeBytes({ send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) })
                == bytes.count
        else { return nil }
        var response: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 16_384)
        while true {
            let count = buffer.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
            if count <= 0 { break }
            response += buffer[..<count]
        }
        // The answer is read as bytes: the client should cost the measured machine little.
        guard response.count > 12, response.starts(with: Array("HTTP/1.1 ".utf8)),
            let status = Int(String(decoding: response[9..<12], as: UTF8.self))
        else { return nil }
        let separator = Array("\r\n\r\n".utf8)
        guard let end = firstIndex(of: separator, in: response) else { return (status, []) }
        return (status, Array(response[(end + separator.count)...]))
    }

    /// The whole number written after `key` in `body` (such as `"next":` in a JSON answer),
    /// searched from the end, where the server writes it.
    static func number(after key: String, in body: [UInt8]) -> Int? {
        let pattern = Array(key.utf8)
        guard body.count >= pattern.count else { return nil }
        for start in stride(from: body.count - pattern.count, through: 0, by: -1)
        where body[start..<(start + pattern.count)].elementsEqual(pattern) {
            let digits = body[(start + pattern.count)...].prefix { $0 >= 0x30 && $0 <= 0x39 }
            return Int(String(decoding: digits, as: UTF8.self))
        }
        return nil
    }

    /// Where `pattern` first starts in `bytes`.
    private static func firstIndex(of pattern: [UInt8], in bytes: [UInt8]) -> Int? {
        guard bytes.count >= pattern.count else { return nil }
        for start in 0...(bytes.count - pattern.count)
        where bytes[start..<(start + pattern.count)].elementsEqual(pattern) {
            return start
        }
        return nil
    }
}
