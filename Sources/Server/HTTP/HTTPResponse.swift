/// An HTTP response the server sends; every one closes its connection.
///
/// Every response says `Connection: close`: one request per connection keeps the loop
/// simple and bounded, and long polls need a fresh connection per answer anyway. It is an
/// `Error` so a route step can return `Result<Value, HTTPResponse>`: the value or the answer.
struct HTTPResponse: Error {
    /// The status.
    var status: HTTPStatus
    /// Extra headers beyond the ones every response has.
    var headers: [(String, String)] = []
    /// The body.
    var body: [UInt8] = []

    /// A response with a body of `contentType`.
    init(
        _ status: HTTPStatus, contentType: String? = nil, body: [UInt8] = [],
        headers: [(String, String)] = []
    ) {
        self.status = status
        self.body = body
        self.headers = headers
        if let contentType { self.headers.insert(("Content-Type", contentType), at: 0) }
    }

    /// A short plain-text answer (errors).
    static func text(_ status: HTTPStatus, _ text: String) -> HTTPResponse {
        HTTPResponse(
            status, contentType: "text/plain; charset=utf-8", body: Array((text + "\n").utf8))
    }

    /// A JSON answer.
    static func json(_ status: HTTPStatus, _ value: JSONValue) -> HTTPResponse {
        HTTPResponse(status, contentType: "application/json", body: value.bytes)
    }

    /// A JSON error answer: `{"error":"id","message":"..."}`.
    static func error(_ status: HTTPStatus, id: String, message: String) -> HTTPResponse {
        json(status, .object([("error", .string(id)), ("message", .string(message))]))
    }

    /// An HTML page with the strict content security policy.
    static func html(_ page: String) -> HTTPResponse {
        HTTPResponse(
            .ok, contentType: "text/html; charset=utf-8", body: Array(page.utf8),
            headers: [
                (
                    "Content-Security-Policy",
                    "default-src 'self'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
                        + "img-src 'self' data:; base-uri 'none'; form-action 'none'; "
                        + "frame-ancestors 'none'"
                ),
                ("X-Frame-Options", "DENY"),
            ])
    }

    /// The bytes on the wire: status line, headers, blank line, body.
    var serialized: [UInt8] {
        var head = "HTTP/1.1 \(status.code) \(status.reason)\r\n"
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        head += "Content-Length: \(body.count)\r\n"
        head += "Cache-Control: no-store\r\n"
        head += "X-Content-Type-Options: nosniff\r\n"
        head += "Referrer-Policy: no-referrer\r\n"
        head += "Connection: close\r\n\r\n"
        return Array(head.utf8) + body
    }
}
