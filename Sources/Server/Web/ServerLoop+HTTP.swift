/// The HTTP side: parse the request, route it, answer or park it as a long poll.
///
/// One request per connection; every response carries `Connection: close`, `Content-Length`,
/// `Cache-Control: no-store` and `X-Content-Type-Options: nosniff`. Routes:
/// - `GET /`: the player page; `GET /wall?table=N` (default 1): the projector page (404 for
///   an unknown table). Both with a strict Content-Security-Policy.
/// - `POST /api/join`, body the code: 200 `{"table":1,"seat":"beheer","after":N}` (`seat`
///   null for the facilitator; read lines after `after`), 403 for an unknown code.
/// - `POST /api/send`, header `X-Wijkspel-Code`, body one line of UTF-8 without control
///   characters: 204; 400 for a bad line, 403 for a bad code, 429 beyond the seat's rate.
/// - `GET /api/lines?after=N` (default 0), header `X-Wijkspel-Code`: 200
///   `{"lines":[...],"next":M,"prompt":"..."}` at once when there are lines after N, else when
///   some come or after the long-poll time (then `lines` is empty and `next` is N).
/// - `GET /api/wall?table=N&after=M`: 200 `{"state":[...],"lines":[...],"next":K}`; without
///   `after` at once, with it when narration after M comes, the state changes or the long
///   poll ends; 404 for an unknown table.
///
/// Errors of the API are JSON `{"error":"id","message":"..."}`; a request the parser refuses
/// gets a short text. 429 `too-many-attempts` when the client's address (or everyone) tried
/// too many wrong codes; then no code is checked at all. Other paths 404, other methods 405.
extension ServerLoop {
    /// Parses what an HTTP connection has sent and answers once the request is complete.
    func handleHTTPInput(_ connection: Connection, now: Double) {
        switch parser.parse(connection.raw) {
        case .incomplete:
            return
        case .failure(let status, let reason):
            controller.update { $0.refusedRequests += 1 }
            answer(connection, .text(status, reason), now: now)
        case .request(let request):
            connection.raw = []
            let response = route(request, on: connection, now: now)
            if let response {
                if response.status.code >= 400 { controller.update { $0.refusedRequests += 1 } }
                answer(connection, response, now: now)
            }
        }
    }

    /// Queues `response` and closes the connection after it.
    func answer(_ connection: Connection, _ response: HTTPResponse, now: Double) {
        connection.raw = []
        connection.phase = .answered
        send(response.serialized, to: connection)
        connection.closeAfterFlush = true
        // Out at once, not at the end of the pass: the other requests of a busy pass
        // need not wait for this client.
        flush(connection, now: now)
    }

    /// Answers a parked poll when it has something to say, or when `force` (its deadline).
    func answerPoll(_ connection: Connection, _ poll: LongPoll, now: Double, force: Bool) {
        switch poll.subject {
        case .lines(let seat, let after):
            let slice = host.output(for: seat, after: after)
            guard force || !slice.lines.isEmpty else { return }
            webSeats.pollEnded(seat, now: now)
            answer(connection, .json(.ok, Self.linesJSON(slice)), now: now)
        case .wall(let table, let after, let state):
            guard let wall = host.wall(table: table, after: after) else {
                answer(
                    connection, .error(.notFound, id: "unknown-table", message: "no such table"),
                    now: now)
                return
            }
            guard force || !wall.slice.lines.isEmpty || wall.state != state else { return }
            answer(connection, .json(.ok, Self.wallJSON(wall)), now: now)
        }
    }

    /// The answer to `request`, or nil when it was parked as a long poll.
    private func route(_ request: HTTPRequest, on connection: Connection, now: Double)
        -> HTTPResponse?
    {
        let routes: [String: String] = [
            "/": "GET", "/wall": "GET", "/api/join": "POST", "/api/send": "POST",
            "/api/lines": "GET", "/api/wall": "GET",
        ]
        guard let method = routes[request.path] else {
            return .text(.notFound, "not found")
        }
        guard request.method == method else {
            return HTTPResponse(
                .methodNotAllowed, contentType: "text/plain; charset=utf-8",
                body: Array("use \(method)\n".utf8), headers: [("Allow", method)])
        }
        switch request.path {
        case "/":
            return .html(PlayerPage.html)
        case "/wall":
            switch table(in: request) {
            case .success: return .html(WallPage.html)
            case .failure(let response): return response
            }
        case "/api/join":
            return join(request, on: connection, now: now)
        case "/api/send":
            return sendLine(request, on: connection, now: now)
        case "/api/lines":
            return lines(request, on: connection, now: now)
        default:
            return wall(request, on: connection, now: now)
        }
    }

    /// `{"lines":[...],"next":M,"prompt":"..."}`.
    static func linesJSON(_ slice: OutputSlice) -> JSONValue {
        .object([
            ("lines", .array(slice.lines.map(JSONValue.string))), ("next", .int(slice.next)),
            ("prompt", .string(slice.prompt)),
        ])
    }

    /// `{"state":[...],"lines":[...],"next":M}`.
    static func wallJSON(_ wall: (state: [String], slice: OutputSlice)) -> JSONValue {
        .object([
            ("state", .array(wall.state.map(JSONValue.string))),
            ("lines", .array(wall.slice.lines.map(JSONValue.string))),
            ("next", .int(wall.slice.next)),
        ])
    }
}
