import Foundation
import Glibc
import TestSupport
import Testing

@testable import Server

/// The server's console: lines in to the host, the host's console output out, and the end of
/// the input does not end the server.
@Suite struct ConsoleTests {
    @Test func consoleLinesReachTheHostAndItsOutputIsPrinted_andEndOfInputKeepsServing()
        async throws
    {
        try await offPool {
            var input: [Int32] = [0, 0]
            var output: [Int32] = [0, 0]
            #expect(pipe(&input) == 0 && pipe(&output) == 0)
            let server = try TestServer(console: (input[0], output[1]))
            _ = write(input[1], "tafels\r\n", 8)
            #expect(server.wait { server.host.recorded.console == ["tafels"] })
            close(input[1])
            Thread.sleep(forTimeInterval: 0.3)
            let client = try #require(TestClient(port: server.port))
            client.send("K7QXM2PDRT\n")
            #expect(client.readLine() == "welkom table 1 · beheer")
            #expect(server.stop())
            close(output[1])
            let printed = String(
                decoding: FileHandle(fileDescriptor: output[0]).readDataToEndOfFile(), as: UTF8.self
            )
            #expect(printed == "codes: (not shown in tests)\nconsole: tafels\n")
            close(input[0])
            close(output[0])
        }
    }
}
