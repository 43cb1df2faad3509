/// The JSON API's routes: join, send, lines and wall, with their code checks.
extension ServerLoop {
    /// `POST /api/join`: the code in the body opens a seat; attaches it.
    func join(_ request: HTTPRequest, on connection: Connection, now: Double)
        -> HTTPResponse
    {
        guard let text = String(validating: request.body, as: UTF8.self),
            let code = SeatCode.normalized(text.trimmingNewlines)
        else { return .error(.badRequest, id: "bad-code", message: "send the code as the body") }
        switch seatOf(code: code, from: connection, now: now) {
        case .failure(let response):
            return response
        case .success(let seat):
            guard webSeats.takeCommand(seat, now: now) else {
                return .error(.tooManyRequests, id: "too-fast", message: LineMessages.tooFast)
            }
            let after = host.attach(seat)
            webSeats.attached(seat, now: now)
            return .json(
                .ok,
                .object([
                    ("table", .int(seat.table)), ("seat", seat.role.map(JSONValue.string) ?? .null),
                    ("after", .int(after)),
                ]))
        }
    }

    /// `POST /api/send`: one line from the seat of `X-Wijkspel-Code`.
    func sendLine(_ request: HTTPRequest, on connection: Connection, now: Double)
        -> HTTPResponse
    {
        guard let line = String(validating: request.body, as: UTF8.self),
            !line.utf8.contains(where: { $0 < 0x20 && $0 != 0x09 || $0 == 0x7F })
        else {
            return .error(.badRequest, id: "bad-line", message: "send one line of UTF-8 text")
        }
        let seat: SeatKey
        switch seatOf(request, from: connection, now: now) {
        case .success(let found): seat = found
        case .failure(let response): return response
        }
        guard webSeats.takeCommand(seat, now: now) else {
            return .error(.tooManyRequests, id: "too-fast", message: LineMessages.tooFast)
        }
        host.receive(line, from: seat)
        return HTTPResponse(.noContent)
    }

    /// `GET /api/lines?after=N`: the seat's output after N, at once or by long poll.
    func lines(_ request: HTTPRequest, on connection: Connection, now: Double)
        -> HTTPResponse?
    {
        guard let after = number(request.query["after"] ?? "0") else {
            return .error(.badRequest, id: "bad-after", message: "after must be a number")
        }
        let seat: SeatKey
        switch seatOf(request, from: connection, now: now) {
        case .success(let found): seat = found
        case .failure(let response): return response
        }
        if !webSeats.isAttached(seat) {
            _ = host.attach(seat)
            webSeats.attached(seat, now: now)
        }
        let slice = host.output(for: seat, after: after)
        if !slice.lines.isEmpty { return .json(.ok, Self.linesJSON(slice)) }
        webSeats.pollStarted(seat, now: now)
        connection.phase = .parked(
            LongPoll(subject: .lines(seat, after: after), deadline: now + limits.longPollSeconds))
        return nil
    }

    /// `GET /api/wall?table=N&after=M`: a table's wall, at once or by long poll.
    func wall(_ request: HTTPRequest, on connection: Connection, now: Double)
        -> HTTPResponse?
    {
        let table: Int
        switch self.table(in: request) {
        case .success(let found): table = found
        case .failure(let response): return response
        }
        // Without `after` the wall answers at once (a page that just loaded needs the state).
        var after: Int?
        if let text = request.query["after"] {
            guard let given = number(text) else {
                return .error(.badRequest, id: "bad-after", message: "after must be a number")
            }
            after = given
        }
        guard let wall = host.wall(table: table, after: after ?? 0) else {
            return .error(.notFound, id: "unknown-table", message: "no such table")
        }
        guard let start = after, wall.slice.lines.isEmpty else {
            return .json(.ok, Self.wallJSON(wall))
        }
        connection.phase = .parked(
            LongPoll(
                subject: .wall(table: table, after: start, state: wall.state),
                deadline: now + limits.longPollSeconds))
        return nil
    }

    /// The table named by `?table=N` (default 1), or the error answer.
    func table(in request: HTTPRequest) -> Result<Int, HTTPResponse> {
        guard let table = number(request.query["table"] ?? "1") else {
            return .failure(.error(.badRequest, id: "bad-table", message: "table must be a number"))
        }
        guard table >= 1, table <= host.tableCount else {
            return .failure(.error(.notFound, id: "unknown-table", message: "no such table"))
        }
        return .success(table)
    }

    /// The seat of the request's `X-Wijkspel-Code`, or the error answer.
    private func seatOf(_ request: HTTPRequest, from connection: Connection, now: Double) -> Result<
        SeatKey, HTTPResponse
    > {
        guard let header = request.header("x-wijkspel-code"), let code = SeatCode.normalized(header)
        else {
            return .failure(.error(.forbidden, id: "missing-code", message: "send X-Wijkspel-Code"))
        }
        return seatOf(code: code, from: connection, now: now)
    }

    /// The seat `code` opens, asked of the host only when the attempt limiter allows.
    private func seatOf(code: String, from connection: Connection, now: Double) -> Result<
        SeatKey, HTTPResponse
    > {
        guard attempts.mayTry(from: connection.address, now: now) else {
            controller.update { $0.limitedCodeChecks += 1 }
            return .failure(
                .error(.tooManyRequests, id: "too-many-attempts", message: LineMessages.limited))
        }
        guard let seat = host.seat(forCode: code) else {
            attempts.recordFailure(from: connection.address, now: now)
            return .failure(
                .error(.forbidden, id: "unknown-code", message: LineMessages.unknownCode))
        }
        return .success(seat)
    }

    /// A non-negative decimal number of at most 18 digits, or nil.
    private func number(_ text: String) -> Int? {
        guard (1...18).contains(text.utf8.count), text.utf8.allSatisfy({ (48...57).contains($0) })
        else {
            return nil
        }
        return Int(text)
    }
}

extension String {
    /// The text without line ends at either side.
    fileprivate var trimmingNewlines: String {
        var text = Substring(self)
        while let last = text.last, last.isNewline { text = text.dropLast() }
        while let first = text.first, first.isNewline { text = text.dropFirst() }
        return String(text)
    }
}
