import Testing

@testable import Server

/// Starting a server: the port it got, and binding failures as described values.
@Suite struct ServerStartTests {
    @Test func portZeroGetsAPortThatCanBeRead() throws {
        let server = try TestServer()
        #expect(server.port > 0)
        #expect(server.stop())
    }

    @Test func aPortInUseIsADescribedError() throws {
        let server = try TestServer()
        #expect(throws: ServerError.self) {
            try ServerLoop(configuration: ServerConfiguration(port: server.port), host: FakeHost())
        }
        do {
            _ = try ServerLoop(
                configuration: ServerConfiguration(port: server.port), host: FakeHost())
        } catch {
            #expect(error.id == "port-in-use")
            #expect(error.suggestion.contains("--port 0"))
        }
    }

    @Test(arguments: ["not-an-address", "999.1.1.1", "192.0.2.77"])
    func aBadAddressIsADescribedError(address: String) {
        do {
            _ = try ServerLoop(
                configuration: ServerConfiguration(address: address), host: FakeHost())
            Issue.record("bound \(address)")
        } catch {
            #expect(error.id == "bad-address")
            #expect(!error.message.isEmpty && !error.suggestion.isEmpty)
        }
    }
}
