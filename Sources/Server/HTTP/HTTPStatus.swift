/// An HTTP status code with its reason phrase.
struct HTTPStatus: Equatable, Sendable {
    /// The number (`404`).
    let code: Int
    /// The reason phrase (`Not Found`).
    let reason: String

    static let ok = HTTPStatus(code: 200, reason: "OK")
    static let noContent = HTTPStatus(code: 204, reason: "No Content")
    static let badRequest = HTTPStatus(code: 400, reason: "Bad Request")
    static let forbidden = HTTPStatus(code: 403, reason: "Forbidden")
    static let notFound = HTTPStatus(code: 404, reason: "Not Found")
    static let methodNotAllowed = HTTPStatus(code: 405, reason: "Method Not Allowed")
    static let requestTimeout = HTTPStatus(code: 408, reason: "Request Timeout")
    static let lengthRequired = HTTPStatus(code: 411, reason: "Length Required")
    static let contentTooLarge = HTTPStatus(code: 413, reason: "Content Too Large")
    static let uriTooLong = HTTPStatus(code: 414, reason: "URI Too Long")
    static let tooManyRequests = HTTPStatus(code: 429, reason: "Too Many Requests")
    static let headersTooLarge = HTTPStatus(
        code: 431, reason: "Request Header Fields Too Large")
    static let versionNotSupported = HTTPStatus(code: 505, reason: "HTTP Version Not Supported")
}
