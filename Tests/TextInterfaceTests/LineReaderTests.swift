import Foundation
import Testing

@testable import TextInterface

/// Lines read with a limit: a longer line is skipped, never held whole.
@Suite("Line reader")
struct LineReaderTests {
    /// The lines `reader` gives for `bytes` written to a pipe, up to the end.
    static func lines(_ bytes: [UInt8], limit: Int) throws -> [LineReader.Line] {
        let pipe = Pipe()
        let writer = Thread {
            try? pipe.fileHandleForWriting.write(contentsOf: Data(bytes))
            try? pipe.fileHandleForWriting.close()
        }
        writer.start()
        var reader = LineReader(descriptor: pipe.fileHandleForReading.fileDescriptor, limit: limit)
        var lines: [LineReader.Line] = []
        while lines.count < 100 {
            let line = reader.next()
            lines.append(line)
            if line == .end { break }
        }
        return lines
    }

    @Test("short lines pass, a long one is skipped to its end, the last needs no line feed")
    func limit() throws {
        let long = [UInt8](repeating: UInt8(ascii: "x"), count: 50_000)
        let bytes = Array("abc\n".utf8) + long + Array("\nde\u{0}f\r\n\nlast".utf8)
        #expect(
            try Self.lines(bytes, limit: 100) == [
                .text("abc"), .tooLong, .text("de\u{0}f\r"), .text(""), .text("last"), .end,
            ])
    }

    @Test("a line of exactly the limit is kept, one byte more is skipped")
    func boundary() throws {
        let exact = [UInt8](repeating: UInt8(ascii: "y"), count: 64)
        #expect(
            try Self.lines(exact + [0x0A], limit: 64) == [
                .text(String(repeating: "y", count: 64)), .end,
            ])
        #expect(try Self.lines(exact + [0x79, 0x0A], limit: 64) == [.tooLong, .end])
        #expect(try Self.lines(exact + exact, limit: 64) == [.tooLong, .end])
    }

    @Test("invalid UTF-8 becomes U+FFFD")
    func invalid() throws {
        #expect(try Self.lines([0x61, 0xFF, 0x0A], limit: 10) == [.text("a\u{FFFD}"), .end])
    }
}
