import Foundation

/// One HTTP request sent raw and its answer read until the server closed.
struct HTTPExchange {
    /// The status code (0 when no answer came).
    var status = 0
    /// The headers, names lowercased.
    var headers: [String: String] = [:]
    /// The body as text.
    var body = ""
    /// Seconds from sending to the end of the answer.
    var seconds = 0.0

    /// Sends `request` (exactly these bytes) to the server on `port` and reads the answer.
    init(port: Int, raw request: [UInt8], timeout: Double = 5) {
        let started = Date()
        guard let client = TestClient(port: port, timeout: timeout) else { return }
        client.send(request)
        let answer = client.readToEnd()
        seconds = Date().timeIntervalSince(started)
        let text = String(decoding: answer, as: UTF8.self)
        guard let split = text.range(of: "\r\n\r\n") else { return }
        let head = text[..<split.lowerBound].components(separatedBy: "\r\n")
        let statusParts = head.first?.split(separator: " ") ?? []
        status = statusParts.count > 1 ? Int(statusParts[1]) ?? 0 : 0
        for line in head.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...]
                .trimmingCharacters(in: .whitespaces)
        }
        body = String(text[split.upperBound...])
    }

    /// Sends a request with the usual headers.
    init(
        port: Int, _ method: String, _ target: String, headers: [String: String] = [:],
        body: String? = nil, timeout: Double = 5
    ) {
        var request = "\(method) \(target) HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        for (name, value) in headers { request += "\(name): \(value)\r\n" }
        if let body { request += "Content-Length: \(body.utf8.count)\r\n" }
        request += "\r\n" + (body ?? "")
        self.init(port: port, raw: Array(request.utf8), timeout: timeout)
    }

    /// The body as a JSON object.
    var json: [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(body.utf8))) as? [String: Any] ?? [:]
    }
}
