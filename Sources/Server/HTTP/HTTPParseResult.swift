/// What the parser made of the bytes so far.
enum HTTPParseResult: Equatable {
    /// More bytes are needed.
    case incomplete
    /// A complete, valid request.
    case request(HTTPRequest)
    /// The bytes are not a request the server takes: answer `status` with `reason` and close.
    case failure(HTTPStatus, reason: String)
}
