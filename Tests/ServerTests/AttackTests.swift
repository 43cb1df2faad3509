import Foundation
import Glibc
import TestSupport
import Testing

@testable import Server

/// Hostile clients: each test names the attack and the outcome it asserts.
@Suite struct AttackTests {
    static let code = ["X-Wijkspel-Code": "K7QXM2PDRT"]

    @Test func bruteForcedCodes_areRateLimitedPerAddress_andOpenNoSeat() async throws {
        try await offPool {
            let server = try TestServer()
            var replies: [String] = []
            for _ in 0..<8 {
                let client = try #require(TestClient(port: server.port))
                for attempt in 0..<5 { client.send("GUESS\(attempt)\n") }
                replies += client.lines(until: LineMessages.tooManyCodes) ?? []
            }
            #expect(replies.filter { $0 == LineMessages.unknownCode }.count == 20)
            #expect(replies.filter { $0 == LineMessages.limited }.count == 20)
            #expect(server.host.recorded.seatChecks == 20)
            let client = try #require(TestClient(port: server.port))
            client.send("K7QXM2PDRT\n")
            #expect(client.readLine() == LineMessages.limited)
            #expect(
                HTTPExchange(port: server.port, "POST", "/api/join", body: "K7QXM2PDRT").status
                    == 429)
            #expect(
                HTTPExchange(port: server.port, "GET", "/api/lines", headers: Self.code).status
                    == 429)
            #expect(server.host.recorded.attaches == 0)
            #expect(server.host.recorded.seatChecks == 20)
            #expect(server.controller.statistics.limitedCodeChecks == 23)
            let elsewhere = try #require(TestClient(port: server.port, source: "127.0.0.2"))
            elsewhere.send("K7QXM2PDRT\n")
            #expect(elsewhere.readLine() == "welkom table 1 · beheer")
        }
    }

    @Test func codesGuessedFromManyAddresses_hitTheGlobalLimit_andOpenNoSeat() async throws {
        try await offPool {
            let server = try TestServer { $0.maxFailuresPerMinute = 6 }
            for source in 2...7 {
                let client = try #require(
                    TestClient(port: server.port, source: "127.0.0.\(source)"))
                client.send("GUESS\n")
                #expect(client.readLine() == LineMessages.unknownCode)
            }
            let client = try #require(TestClient(port: server.port, source: "127.0.0.9"))
            client.send("K7QXM2PDRT\n")
            #expect(client.readLine() == LineMessages.limited)
            #expect(server.host.recorded.seatChecks == 6)
            #expect(server.host.recorded.attaches == 0)
        }
    }

    @Test(arguments: [false, true])
    func aMegabyteLine_closesTheConnection_buffersAtMostTheLimit_andTheServerGoesOn(joined: Bool)
        async throws
    {
        try await offPool {
            let server = try TestServer()
            let client = try #require(TestClient(port: server.port))
            if joined {
                client.send("K7QXM2PDRT\n")
                _ = client.lines(until: "] >")
            }
            client.send([UInt8](repeating: UInt8(ascii: "a"), count: 1 << 20))
            #expect(client.lines(until: LineMessages.lineTooLong) != nil)
            #expect(client.isClosedByServer())
            let statistics = server.controller.statistics
            #expect(statistics.closedForLongLine == 1)
            #expect(statistics.largestInputBuffer <= ServerLimits().maxLineBytes)
            #expect(server.host.recorded.received.isEmpty)
            let next = try #require(TestClient(port: server.port))
            next.send("K7QXM2PDRT\n")
            #expect(next.readLine() == "welkom table 1 · beheer")
        }
    }

    @Test func aMegabyteHeader_gets431_andBuffersAtMostOneRequest() async throws {
        try await offPool {
            let server = try TestServer()
            let client = try #require(TestClient(port: server.port))
            client.send("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: ")
            client.send([UInt8](repeating: UInt8(ascii: "b"), count: 1 << 20))
            let answer = String(decoding: client.readToEnd(), as: UTF8.self)
            #expect(answer.hasPrefix("HTTP/1.1 431 "))
            let limits = ServerLimits()
            #expect(
                server.controller.statistics.largestInputBuffer <= limits.maxHeaderBytes
                    + limits.maxBodyBytes)
            #expect(server.host.recorded.gameCalls == 0)
            #expect(HTTPExchange(port: server.port, "GET", "/").status == 200)
        }
    }

    @Test func slowHeaders_areClosedAfterTheHeaderTimeout() async throws {
        try await offPool {
            let server = try TestServer { $0.headerTimeoutSeconds = 1 }
            let started = Date()
            let client = try #require(TestClient(port: server.port))
            client.send("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")
            while Date().timeIntervalSince(started) < 5 && !client.hasInput(within: 0.2) {
                client.send("a")
            }
            let answer = String(decoding: client.readToEnd(), as: UTF8.self)
            let elapsed = Date().timeIntervalSince(started)
            #expect(answer.hasPrefix("HTTP/1.1 408 "))
            #expect(elapsed >= 0.9 && elapsed < 4)
            #expect(server.controller.statistics.timedOut == 1)
            #expect(server.host.recorded.gameCalls == 0)
        }
    }

    @Test func aThousandIdleConnections_leaveTheServerUp_andANormalClientIsServed() async throws {
        try await offPool {
            var limit = rlimit()
            getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit)
            if limit.rlim_cur < 4096 {
                limit.rlim_cur = min(4096, limit.rlim_max)
                setrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit)
            }
            let server = try TestServer()
            let veteran = try #require(TestClient(port: server.port))
            veteran.send("K7QXM2PDRT\n")
            _ = veteran.lines(until: "] >")
            var flood: [TestClient] = []
            for _ in 0..<1100 {
                guard let client = TestClient(port: server.port) else { break }
                flood.append(client)
            }
            #expect(flood.count == 1100)
            #expect(server.wait { server.controller.statistics.accepted >= 1101 })
            veteran.send("kijk\n")
            #expect(veteran.lines(until: "] >") == ["echo: kijk", "[tafel 1 · beheer] >"])
            let newcomer = try #require(TestClient(port: server.port))
            newcomer.send("B2BB-3CC4-DD\n")
            #expect(newcomer.readLine() == "welkom table 1 · sociaal")
            #expect(HTTPExchange(port: server.port, "GET", "/").status == 200)
            let statistics = server.controller.statistics
            #expect(statistics.mostOpen <= 1000)
            #expect(statistics.evicted >= 103)
            #expect(server.stop())
        }
    }

    @Test(arguments: MalformedRequest.cases)
    func malformedRequests_get4xx_andNeverReachTheHost(_ request: MalformedRequest) async throws {
        try await offPool {
            let server = try TestServer()
            let answer = HTTPExchange(port: server.port, raw: request.bytes)
            #expect(answer.status == request.status, "\(request.name)")
            #expect(
                answer.headers["content-type"]?.hasPrefix("text/plain") == true
                    || answer.body.hasPrefix("{"))
            #expect(server.host.recorded.gameCalls == 0, "\(request.name)")
            #expect(server.controller.statistics.refusedRequests == 1)
        }
    }

    @Test func aCommandFloodOverTCP_isCutToTheBurst_andToldTooFastOnce() async throws {
        try await offPool {
            let server = try TestServer { $0.commandsPerSecond = 1 }
            let client = try #require(TestClient(port: server.port))
            client.send("K7QXM2PDRT\n")
            _ = client.lines(until: "] >")
            client.send(String(repeating: "x\n", count: 60))
            #expect(client.lines(until: LineMessages.tooFast) != nil)
            #expect(server.wait { server.host.recorded.received.count >= 20 })
            Thread.sleep(forTimeInterval: 0.3)
            let received = server.host.recorded.received.count
            #expect((20...21).contains(received))
            var notices = 0
            while client.hasInput(within: 0.3), let line = client.readLine() {
                if line == LineMessages.tooFast { notices += 1 }
            }
            #expect(notices == 0)
        }
    }

    @Test func aCommandFloodOverHTTP_gets429BeyondTheBurst() async throws {
        try await offPool {
            let server = try TestServer { $0.commandsPerSecond = 1 }
            var statuses: [Int] = []
            for index in 0..<30 {
                statuses.append(
                    HTTPExchange(
                        port: server.port, "POST", "/api/send", headers: Self.code,
                        body: "x\(index)"
                    ).status)
            }
            #expect(statuses.filter { $0 == 429 }.count >= 5)
            #expect(statuses.allSatisfy { $0 == 204 || $0 == 429 })
            #expect(server.host.recorded.received.count == statuses.filter { $0 == 204 }.count)
        }
    }

    @Test func aClientThatNeverReads_isClosedWhenItsOutputPassesTheLimit() async throws {
        try await offPool {
            let server = try TestServer { $0.maxPendingOutputBytes = 64 * 1024 }
            let client = try #require(TestClient(port: server.port, receiveBuffer: 4096))
            client.send("K7QXM2PDRT\n")
            _ = client.readLine()
            let seat = SeatKey(table: 1, role: "beheer")
            let line = String(repeating: "o", count: 1000)
            for _ in 0..<400 {
                for _ in 0..<10 { server.host.announce(line, to: seat) }
                Thread.sleep(forTimeInterval: 0.002)
                if server.controller.statistics.closedForSlowReading > 0 { break }
            }
            #expect(server.wait { server.controller.statistics.closedForSlowReading == 1 })
            #expect(server.wait { server.host.recorded.detaches == 1 })
            let next = try #require(TestClient(port: server.port))
            next.send("B2BB3CC4DD\n")
            #expect(next.readLine() == "welkom table 1 · sociaal")
        }
    }
}

/// One malformed request for the table-driven test, with the status it must get.
struct MalformedRequest: Sendable, CustomTestStringConvertible {
    let name: String
    let bytes: [UInt8]
    let status: Int

    var testDescription: String { name }

    init(_ name: String, _ text: String, _ status: Int) {
        self.init(name, Array(text.utf8), status)
    }

    init(_ name: String, _ bytes: [UInt8], _ status: Int) {
        self.name = name
        self.bytes = bytes
        self.status = status
    }

    static let host = "Host: 127.0.0.1\r\n"
    static let code = "X-Wijkspel-Code: K7QXM2PDRT\r\n"

    static let cases: [MalformedRequest] = [
        .init("request line with four parts", "GET / HTTP/1.1 x\r\n\(host)\r\n", 400),
        .init("double space in request line", "GET  / HTTP/1.1\r\n\(host)\r\n", 400),
        .init("bad byte in method", "G(T / HTTP/1.1\r\n\(host)\r\n", 400),
        .init("HTTP/2.0", "GET / HTTP/2.0\r\n\(host)\r\n", 505),
        .init("garbage version", "GET / HTTP/one\r\n\(host)\r\n", 400),
        .init("absolute target", "GET http://x/ HTTP/1.1\r\n\(host)\r\n", 400),
        .init(
            "target too long",
            "GET /\(String(repeating: "a", count: 3000)) HTTP/1.1\r\n\(host)\r\n", 414),
        .init("bare CR", "GET / HTTP/1.1\r\(host)\r\n", 400),
        .init("HTTP/1.1 without Host", "GET / HTTP/1.1\r\n\r\n", 400),
        .init("two Hosts", "GET / HTTP/1.1\r\n\(host)\(host)\r\n", 400),
        .init("header without colon", "GET / HTTP/1.1\r\n\(host)NoColon\r\n\r\n", 400),
        .init("space before colon", "GET / HTTP/1.1\r\nHost : x\r\n\r\n", 400),
        .init("folded header", "GET / HTTP/1.1\r\n\(host)X-A: b\r\n  folded\r\n\r\n", 400),
        .init("control byte in header", "GET / HTTP/1.1\r\n\(host)X-A: a\u{01}b\r\n\r\n", 400),
        .init(
            "huge header",
            "GET / HTTP/1.1\r\n\(host)X-Big: \(String(repeating: "b", count: 9000))\r\n\r\n",
            431),
        .init(
            "too many headers",
            "GET / HTTP/1.1\r\n\(host)" + (0..<100).map { "X-\($0): 1\r\n" }.joined() + "\r\n", 431),
        .init(
            "Content-Length negative",
            "POST /api/join HTTP/1.1\r\n\(host)Content-Length: -1\r\n\r\n", 400),
        .init(
            "Content-Length not a number",
            "POST /api/join HTTP/1.1\r\n\(host)Content-Length: abc\r\n\r\n", 400),
        .init(
            "Content-Length twice",
            "POST /api/join HTTP/1.1\r\n\(host)Content-Length: 4\r\nContent-Length: 4\r\n\r\nABCD",
            400),
        .init(
            "chunked body",
            "POST /api/join HTTP/1.1\r\n\(host)Transfer-Encoding: chunked\r\n\r\n4\r\nABCD\r\n0\r\n\r\n",
            411),
        .init("POST without length", "POST /api/join HTTP/1.1\r\n\(host)\r\n", 411),
        .init(
            "body too long", "POST /api/join HTTP/1.1\r\n\(host)Content-Length: 5000\r\n\r\n", 413),
        .init(
            "bad percent-encoding", "GET /api/lines?after=%zz HTTP/1.1\r\n\(host)\(code)\r\n", 400),
        .init("percent-encoded bad UTF-8", "GET /%ff HTTP/1.1\r\n\(host)\r\n", 400),
        .init("percent-encoded NUL", "GET /wall?table=%00 HTTP/1.1\r\n\(host)\r\n", 400),
        .init("after not a number", "GET /api/lines?after=-3 HTTP/1.1\r\n\(host)\(code)\r\n", 400),
        .init(
            "bad UTF-8 line",
            Array("POST /api/send HTTP/1.1\r\n\(host)\(code)Content-Length: 2\r\n\r\n".utf8) + [
                0xC3, 0x28,
            ], 400),
        .init(
            "newline inside a line",
            "POST /api/send HTTP/1.1\r\n\(host)\(code)Content-Length: 3\r\n\r\na\nb", 400),
        .init(
            "bad UTF-8 code",
            Array("POST /api/join HTTP/1.1\r\n\(host)Content-Length: 2\r\n\r\n".utf8) + [
                0xFF, 0xFE,
            ], 400),
    ]
}
