import Testing

@testable import ExecBots

/// Bytes from a bot cut into lines: across reads, with CRLF, bounded in length.
struct LineBufferTests {
    /// The lines (or `!` and the start of a too-long one) that `chunks` give, read in turn.
    static func lines(_ chunks: [String], limit: Int = 8) -> [String] {
        var buffer = LineBuffer(limit: limit)
        var out: [String] = []
        for chunk in chunks {
            Array(chunk.utf8).withUnsafeBytes { buffer.append($0) }
            while let line = buffer.nextLine() {
                switch line {
                case .line(let text): out.append(text)
                case .tooLong(let start):
                    out.append("!" + start)
                    return out
                }
            }
        }
        return out
    }

    @Test(
        "lines come whole, whatever the reads",
        arguments: [
            (["{\"a\":1}\n"], ["{\"a\":1}"]),
            (["{\"a\"", ":1}\n{", "}\n"], ["{\"a\":1}", "{}"]),
            (["x\r\n", "\n"], ["x", ""]),
            (["12345678\n"], ["12345678"]),
            (["123456789\n"], ["!123456789\n"]),
            (["12345", "6789"], ["!123456789"]),
            (["ok\n", "no end"], ["ok"]),
        ])
    func cuts(_ chunks: [String], _ expected: [String]) {
        #expect(LineBufferTests.lines(chunks) == expected)
    }

    @Test func pendingIsWhatFollowsTheLastLine() {
        var buffer = LineBuffer(limit: 100)
        Array("one\ntw".utf8).withUnsafeBytes { buffer.append($0) }
        #expect(buffer.nextLine() == .line("one"))
        #expect(buffer.nextLine() == nil)
        #expect(!buffer.isEmpty)
        #expect(buffer.pending == "tw")
    }
}
