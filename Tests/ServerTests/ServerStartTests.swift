import Foundation
import Glibc
import TestSupport
import Testing

@testable import Server

/// Starting a server: the port it got, and binding failures as described values.
@Suite struct ServerStartTests {
    @Test func portZeroGetsAPortThatCanBeRead() async throws {
        try await offPool {
            let server = try TestServer()
            #expect(server.port > 0)
            #expect(server.stop())
        }
    }

    @Test func anIPv6AddressServesTheLineClient() async throws {
        try await offPool {
            let server = try TestServer(address: "::1")
            var input: [Int32] = [0, 0]
            var output: [Int32] = [0, 0]
            #expect(pipe(&input) == 0 && pipe(&output) == 0)
            close(input[1])
            let status = LineClient.run(
                host: "::1", port: server.port, code: "k7qxm2pdrt", input: input[0],
                output: output[1],
                errors: output[1], quietAfterInput: 0.3)
            close(output[1])
            let printed = String(
                decoding: FileHandle(fileDescriptor: output[0]).readDataToEndOfFile(), as: UTF8.self
            )
            close(input[0])
            close(output[0])
            #expect(status == 0)
            #expect(printed.hasPrefix("welkom table 1 · beheer\n"))
        }
    }

    @Test func aPortInUseIsADescribedError() async throws {
        try await offPool {
            let server = try TestServer()
            #expect(throws: ServerError.self) {
                try ServerLoop(
                    configuration: ServerConfiguration(port: server.port), host: FakeHost())
            }
            do throws(ServerError) {
                _ = try ServerLoop(
                    configuration: ServerConfiguration(port: server.port), host: FakeHost())
            } catch {
                #expect(error.id == "port-in-use")
                #expect(error.suggestion.contains("--port 0"))
            }
        }
    }

    @Test(arguments: ["not-an-address", "999.1.1.1", "192.0.2.77"])
    func aBadAddressIsADescribedError(address: String) async {
        await offPool {
            do throws(ServerError) {
                _ = try ServerLoop(
                    configuration: ServerConfiguration(address: address), host: FakeHost())
                Issue.record("bound \(address)")
            } catch {
                #expect(error.id == "bad-address")
                #expect(!error.message.isEmpty && !error.suggestion.isEmpty)
            }
        }
    }
}
