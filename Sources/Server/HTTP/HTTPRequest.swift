/// One parsed HTTP request: its method, decoded path and query, headers and body.
struct HTTPRequest: Equatable {
    /// The method, as sent (`GET`).
    var method: String
    /// The path, percent-decoded (`/api/lines`).
    var path: String
    /// The query's names and values, percent-decoded; each name at most once.
    var query: [String: String]
    /// The headers, names in lowercase, in the order sent.
    var headers: [(name: String, value: String)]
    /// The body (empty without `Content-Length`).
    var body: [UInt8]
    /// Bytes of the buffer this request used.
    var length: Int

    /// The value of the header `name` (lowercase), if sent.
    func header(_ name: String) -> String? {
        headers.first { $0.name == name }?.value
    }

    /// Requests are equal when all their parts are.
    static func == (left: HTTPRequest, right: HTTPRequest) -> Bool {
        left.method == right.method && left.path == right.path && left.query == right.query
            && left.headers.map(\.name) == right.headers.map(\.name)
            && left.headers.map(\.value) == right.headers.map(\.value)
            && left.body == right.body && left.length == right.length
    }
}
