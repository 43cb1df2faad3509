import Foundation
import TestSupport
import Testing

@testable import Server

/// The pages and the JSON API end to end on loopback.
@Suite struct WebTests {
    static let code = ["X-Wijkspel-Code": "k7qx-m2pd-rt"]

    @Test func thePlayerPageIsSelfContainedWithStableIdsAndStrictHeaders() async throws {
        try await offPool {
            let server = try TestServer()
            let page = HTTPExchange(port: server.port, "GET", "/")
            #expect(page.status == 200)
            #expect(page.headers["content-type"] == "text/html; charset=utf-8")
            #expect(
                page.headers["content-security-policy"]?.hasPrefix(
                    "default-src 'self'; script-src 'unsafe-inline'") == true)
            #expect(page.headers["x-content-type-options"] == "nosniff")
            #expect(page.headers["cache-control"] == "no-store")
            #expect(page.headers["connection"] == "close")
            #expect(page.headers["content-length"] == String(page.body.utf8.count))
            for id in ["code", "join", "output", "input", "prompt"] {
                #expect(page.body.contains("id=\"\(id)\""))
            }
            #expect(page.body.contains("name=\"viewport\""))
            #expect(!page.body.contains("innerHTML"))
            #expect(
                !page.body.contains("http://") && !page.body.contains("https://")
                    && !page.body.contains("src="))
        }
    }

    @Test func theWallPageNeedsNoCodeAndKnowsItsTables() async throws {
        try await offPool {
            let server = try TestServer()
            let wall = HTTPExchange(port: server.port, "GET", "/wall?table=2")
            #expect(wall.status == 200)
            for id in ["state", "lines"] { #expect(wall.body.contains("id=\"\(id)\"")) }
            #expect(!wall.body.contains("innerHTML"))
            #expect(HTTPExchange(port: server.port, "GET", "/wall").status == 200)
            #expect(HTTPExchange(port: server.port, "GET", "/wall?table=3").status == 404)
            #expect(HTTPExchange(port: server.port, "GET", "/wall?table=x").status == 400)
        }
    }

    @Test func joiningAnswersTheSeatAndWhereToReadFrom() async throws {
        try await offPool {
            let server = try TestServer()
            let join = HTTPExchange(port: server.port, "POST", "/api/join", body: "k7qx-M2PD-rt")
            #expect(join.status == 200)
            #expect(join.headers["content-type"] == "application/json")
            #expect(join.body == #"{"table":1,"seat":"beheer","after":0}"#)
            let facilitator = HTTPExchange(
                port: server.port, "POST", "/api/join", body: "FACI-1TAFEL\n")
            #expect(facilitator.body == #"{"table":1,"seat":null,"after":0}"#)
            let wrong = HTTPExchange(port: server.port, "POST", "/api/join", body: "NOPE")
            #expect(wrong.status == 403)
            #expect(wrong.json["error"] as? String == "unknown-code")
            #expect(server.host.recorded.attaches == 2)
        }
    }

    @Test func aSentLineReachesTheSeatAndItsOutputComesBackAtOnce() async throws {
        try await offPool {
            let server = try TestServer()
            let join = HTTPExchange(port: server.port, "POST", "/api/join", body: "K7QXM2PDRT")
            let after = try #require(join.json["after"] as? Int)
            let sent = HTTPExchange(
                port: server.port, "POST", "/api/send", headers: Self.code, body: "kijk <b>")
            #expect(sent.status == 204)
            #expect(sent.body.isEmpty)
            #expect(server.host.recorded.received == ["kijk <b>"])
            let lines = HTTPExchange(
                port: server.port, "GET", "/api/lines?after=\(after)", headers: Self.code)
            #expect(lines.status == 200)
            #expect(
                lines.body
                    == #"{"lines":["welkom table 1 · beheer","echo: kijk \u003cb\u003e"],"next":2,"prompt":"[tafel 1 · beheer] \u003e"}"#
            )
            #expect(lines.seconds < 1)
        }
    }

    @Test func aLongPollIsWokenByNewOutput() async throws {
        try await offPool {
            let server = try TestServer()
            _ = HTTPExchange(port: server.port, "POST", "/api/join", body: "K7QXM2PDRT")
            let host = server.host
            DispatchQueue.global().asyncAfter(deadline: .now() + 0.5) {
                host.announce("nieuws: storm", to: SeatKey(table: 1, role: "beheer"))
            }
            let lines = HTTPExchange(
                port: server.port, "GET", "/api/lines?after=1", headers: Self.code)
            #expect(lines.status == 200)
            #expect(lines.json["lines"] as? [String] == ["nieuws: storm"])
            #expect(lines.json["next"] as? Int == 2)
            #expect(lines.seconds >= 0.4 && lines.seconds < 3)
        }
    }

    @Test func aLongPollWithNothingNewAnswersEmptyAfterItsTime() async throws {
        try await offPool {
            let server = try TestServer { $0.longPollSeconds = 0.6 }
            let lines = HTTPExchange(
                port: server.port, "GET", "/api/lines?after=1", headers: Self.code)
            #expect(lines.status == 200)
            #expect(lines.json["lines"] as? [String] == [])
            #expect(lines.json["next"] as? Int == 1)
            #expect(lines.seconds >= 0.5 && lines.seconds < 3)
        }
    }

    @Test func aWebSeatWithoutPollsIsDetached() async throws {
        try await offPool {
            let server = try TestServer { $0.webSeatIdleSeconds = 0.3 }
            _ = HTTPExchange(port: server.port, "POST", "/api/join", body: "K7QXM2PDRT")
            _ = HTTPExchange(port: server.port, "POST", "/api/join", body: "K7QXM2PDRT")
            #expect(server.host.recorded.attaches == 2)
            #expect(server.wait { server.host.recorded.detaches == 2 })
        }
    }

    @Test func aWebSeatWithAPollInFlightStaysAttached() async throws {
        try await offPool {
            let server = try TestServer {
                $0.webSeatIdleSeconds = 0.3
                $0.longPollSeconds = 2
            }
            let join = HTTPExchange(port: server.port, "POST", "/api/join", body: "K7QXM2PDRT")
            let after = try #require(join.json["after"] as? Int) + 1
            let port = server.port
            let polled = DispatchSemaphore(value: 0)
            DispatchQueue.global().async {
                _ = HTTPExchange(port: port, "GET", "/api/lines?after=\(after)", headers: Self.code)
                polled.signal()
            }
            Thread.sleep(forTimeInterval: 1.5)
            #expect(server.host.recorded.detaches == 0)
            #expect(polled.wait(timeout: .now() + 5) == .success)
            #expect(server.wait { server.host.recorded.detaches == 1 })
        }
    }

    @Test func theWallAnswersStateAtOnceThenLongPollsForNarrationOrChange() async throws {
        try await offPool {
            let server = try TestServer()
            let first = HTTPExchange(port: server.port, "GET", "/api/wall?table=2")
            #expect(first.body == #"{"state":["tafel 2","zetten: 0"],"lines":[],"next":0}"#)
            let host = server.host
            DispatchQueue.global().asyncAfter(deadline: .now() + 0.4) {
                host.tell("<script>alert(1)</script>", table: 2)
            }
            let told = HTTPExchange(port: server.port, "GET", "/api/wall?table=2&after=0")
            #expect(told.json["lines"] as? [String] == ["<script>alert(1)</script>"])
            #expect(told.body.contains(#"\u003cscript\u003ealert(1)\u003c/script\u003e"#))
            #expect(told.seconds >= 0.3)
            DispatchQueue.global().asyncAfter(deadline: .now() + 0.4) { host.move(table: 2) }
            let moved = HTTPExchange(port: server.port, "GET", "/api/wall?table=2&after=1")
            #expect(moved.json["state"] as? [String] == ["tafel 2", "zetten: 1"])
            #expect(moved.seconds >= 0.3 && moved.seconds < 3)
            #expect(HTTPExchange(port: server.port, "GET", "/api/wall?table=9").status == 404)
        }
    }

    @Test func aClientThatHalfClosesAfterItsRequestStillGetsTheAnswer() async throws {
        try await offPool {
            let server = try TestServer()
            let client = try #require(TestClient(port: server.port))
            client.send("GET /api/wall?table=1 HTTP/1.0\r\n\r\n")
            client.shutdownWrite()
            let answer = String(decoding: client.readToEnd(), as: UTF8.self)
            #expect(answer.hasPrefix("HTTP/1.1 200 OK\r\n"))
            #expect(answer.hasSuffix(#"{"state":["tafel 1","zetten: 0"],"lines":[],"next":0}"#))
            #expect(server.wait { server.controller.statistics.open == 0 })
        }
    }

    @Test func unknownPathsAre404AndWrongMethods405() async throws {
        try await offPool {
            let server = try TestServer()
            #expect(HTTPExchange(port: server.port, "GET", "/favicon.ico").status == 404)
            #expect(HTTPExchange(port: server.port, "GET", "/api/join").status == 405)
            #expect(HTTPExchange(port: server.port, "GET", "/api/join").headers["allow"] == "POST")
            #expect(HTTPExchange(port: server.port, "POST", "/", body: "").status == 405)
            #expect(HTTPExchange(port: server.port, "DELETE", "/api/lines").status == 405)
            #expect(server.host.recorded.gameCalls == 0)
        }
    }

    @Test func codesAreCheckedOnEveryCall() async throws {
        try await offPool {
            let server = try TestServer()
            #expect(
                HTTPExchange(port: server.port, "POST", "/api/send", body: "kijk").status == 403)
            let wrong = ["X-Wijkspel-Code": "WRONG"]
            #expect(
                HTTPExchange(port: server.port, "POST", "/api/send", headers: wrong, body: "kijk")
                    .status == 403)
            #expect(
                HTTPExchange(port: server.port, "GET", "/api/lines", headers: wrong).status == 403)
            #expect(server.host.recorded.received.isEmpty)
        }
    }
}
