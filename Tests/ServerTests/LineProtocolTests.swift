import Foundation
import TestSupport
import Testing

@testable import Server

/// The TCP line protocol end to end on loopback.
@Suite struct LineProtocolTests {
    static let beheer = SeatKey(table: 1, role: "beheer")

    @Test func aCodeJoinsThenCommandsGetTheirOutputAndThePrompt() async throws {
        try await offPool {
            let server = try TestServer()
            let client = try #require(TestClient(port: server.port))
            client.send("k7qx-m2pd rt\r\n")
            let joined = try #require(client.lines(until: "] >"))
            #expect(joined == ["welkom table 1 · beheer", "[tafel 1 · beheer] >"])
            client.send("kijk\n")
            #expect(client.lines(until: "] >") == ["echo: kijk", "[tafel 1 · beheer] >"])
            #expect(server.host.recorded.received == ["kijk"])
            server.host.announce("het riool bezwijkt", to: Self.beheer)
            #expect(client.lines(until: "] >") == ["het riool bezwijkt", "[tafel 1 · beheer] >"])
        }
    }

    @Test func aWrongCodeIsToldBilinguallyAndTheClientMayRetry() async throws {
        try await offPool {
            let server = try TestServer()
            let client = try #require(TestClient(port: server.port))
            client.send("NOPE-NOPE\n")
            #expect(client.readLine() == LineMessages.unknownCode)
            client.send("K7QXM2PDRT\n")
            #expect(client.readLine() == "welkom table 1 · beheer")
        }
    }

    @Test func fiveWrongCodesCloseTheConnectionAndOpenNoSeat() async throws {
        try await offPool {
            let server = try TestServer()
            let client = try #require(TestClient(port: server.port))
            for attempt in 1...5 { client.send("WRONG\(attempt)\n") }
            let lines = try #require(client.lines(until: LineMessages.tooManyCodes))
            #expect(lines.filter { $0 == LineMessages.unknownCode }.count == 5)
            #expect(client.isClosedByServer())
            #expect(server.host.recorded.attaches == 0)
        }
    }

    @Test func telnetNegotiationAndControlBytesAreIgnored() async throws {
        try await offPool {
            let server = try TestServer()
            let client = try #require(TestClient(port: server.port))
            client.send(
                [0xFF, 0xFB, 0x01, 0xFF, 0xFA, 0x18, 0x01, 0xFF, 0xF0]
                    + Array("K7QX\u{07}M2PDRT\r\n".utf8))
            #expect(client.readLine() == "welkom table 1 · beheer")
        }
    }

    @Test func aSilentClientIsGreetedAsALineClient() async throws {
        try await offPool {
            let server = try TestServer { $0.greetingDelaySeconds = 0.2 }
            let client = try #require(TestClient(port: server.port))
            #expect(client.readLine() == LineMessages.greeting)
            client.send("K7QXM2PDRT\n")
            #expect(client.readLine() == "welkom table 1 · beheer")
        }
    }

    @Test func closingDetachesTheSeatAndTheClockTicks() async throws {
        try await offPool {
            let server = try TestServer()
            let client = try #require(TestClient(port: server.port))
            client.send("K7QXM2PDRT\n")
            _ = client.lines(until: "] >")
            client.close()
            #expect(server.wait { server.host.recorded.detaches == 1 })
            #expect(server.wait { server.host.recorded.ticks >= 1 })
        }
    }

    @Test func anIdleUnjoinedConnectionIsClosed() async throws {
        try await offPool {
            let server = try TestServer { $0.unjoinedIdleSeconds = 0.5 }
            let client = try #require(TestClient(port: server.port))
            client.send("WRONG\n")
            #expect(client.lines(until: LineMessages.idle) != nil)
            #expect(client.isClosedByServer())
        }
    }

    @Test func anIdleJoinedConnectionIsClosedAndDetached() async throws {
        try await offPool {
            let server = try TestServer { $0.joinedIdleSeconds = 0.5 }
            let client = try #require(TestClient(port: server.port))
            client.send("K7QXM2PDRT\n")
            #expect(client.lines(until: LineMessages.idle)?.first == "welkom table 1 · beheer")
            #expect(client.isClosedByServer())
            #expect(server.wait { server.host.recorded.detaches == 1 })
        }
    }

    @Test func theLineClientJoinsRelaysAndEndsWhenInputEnds() async throws {
        try await offPool {
            let server = try TestServer()
            var input: [Int32] = [0, 0]
            var output: [Int32] = [0, 0]
            var errors: [Int32] = [0, 0]
            #expect(pipe(&input) == 0 && pipe(&output) == 0 && pipe(&errors) == 0)
            _ = write(input[1], "kijk\n", 5)
            close(input[1])
            let status = LineClient.run(
                host: "localhost", port: server.port, code: "K7QX-M2PD-RT", input: input[0],
                output: output[1], errors: errors[1], quietAfterInput: 0.5)
            close(output[1])
            let printed = String(
                decoding: FileHandle(fileDescriptor: output[0]).readDataToEndOfFile(), as: UTF8.self
            )
            #expect(status == 0)
            #expect(printed.contains("welkom table 1 · beheer\n"))
            #expect(printed.contains("echo: kijk\n"))
            for fd in [input[0], output[0], errors[0], errors[1]] { close(fd) }
        }
    }

    @Test func endpointsAreHostColonPort() async throws {
        try await offPool {
            let plain = try LineClient.endpoint("192.168.1.20:7000").get()
            #expect(plain.host == "192.168.1.20" && plain.port == 7000)
            let named = try LineClient.endpoint("zaal.local:80").get()
            #expect(named.host == "zaal.local" && named.port == 80)
            let six = try LineClient.endpoint("[::1]:7000").get()
            #expect(six.host == "::1" && six.port == 7000)
            for bad in [
                "", "host", "host:", ":7000", "host:0", "host:70000", "::1:7000", "a b:1", "h:x",
            ] {
                if case .success = LineClient.endpoint(bad) { Issue.record("took \(bad)") }
            }
        }
    }

    @Test func theLineClientReportsAnUnreachableServerAsAnError() async throws {
        try await offPool {
            let port = try {
                let server = try TestServer()
                defer { server.stop() }
                return server.port
            }()
            var errors: [Int32] = [0, 0]
            #expect(pipe(&errors) == 0)
            let status = LineClient.run(
                host: "127.0.0.1", port: port, code: "X", input: -1, output: -1, errors: errors[1],
                connectTimeout: 2)
            close(errors[1])
            let printed = String(
                decoding: FileHandle(fileDescriptor: errors[0]).readDataToEndOfFile(), as: UTF8.self
            )
            close(errors[0])
            #expect(status == 1)
            #expect(printed.hasPrefix("error[connect-failed]"))
        }
    }
}
