import TOML
import TestSupport
import Testing

/// Locations and invalid-UTF-8 reports agree with a plain count on random documents whose
/// lines mix long ASCII runs with multi-byte letters, so the reader's word-at-a-time
/// scanning is checked at every alignment.
@Suite struct LocationPropertyTests {
    /// Pieces of text a value is made of: ASCII of every length, Dutch letters, an emoji and
    /// a decomposed letter (two code points, one character).
    static let pieces = ["a", "bcdefgh", "ijklmnopqrstuvwxyz0123", "ë", "ö", "🙂", "e\u{301}", " "]

    /// A random line `kN = "..."` (or a multi-line string, or a list) and the text of its value.
    static func line(_ n: Int, _ random: inout SplitMix64) -> (source: String, value: String) {
        var value = ""
        for _ in 0..<random.below(12) { value += pieces[random.below(pieces.count)] }
        switch random.below(3) {
        case 0: return ("k\(n) = \"\(value)\"", value)
        case 1: return ("k\(n) = \"\"\"\n\(value)\n\(value)\"\"\"", value + "\n" + value)
        default: return ("k\(n) = [\"\(value)\", 1]", value)
        }
    }

    @Test func valueLocationsMatchAPlainCount() throws {
        var random = SplitMix64(seed: 2026)
        for _ in 0..<TestScale.count(quick: 40, full: 400) {
            var source = ""
            var expected: [(key: String, value: String, location: TOML.SourceLocation)] = []
            for n in 0..<(1 + random.below(20)) {
                let (text, value) = Self.line(n, &random)
                let lineNumber = source.split(separator: "\n", omittingEmptySubsequences: false)
                    .count
                expected.append(
                    (
                        "k\(n)", value,
                        TOML.SourceLocation(line: lineNumber, column: "k\(n) = ".count + 1)
                    )
                )
                source += text + "\n"
            }
            let document = try #require(TOMLTestSupport.document(source))
            for (key, value, location) in expected {
                let node = try #require(document.root[key])
                #expect(node.location == location, "\(key) in \(source.debugDescription)")
                let text = node.value.stringValue ?? node.value.arrayValue?.first?.value.stringValue
                #expect(text == value)
            }
        }
    }

    @Test func columnsAfterLongTextCountCharacters() throws {
        var random = SplitMix64(seed: 7)
        for _ in 0..<TestScale.count(quick: 100, full: 1_000) {
            var value = ""
            for _ in 0..<random.below(16) { value += Self.pieces[random.below(Self.pieces.count)] }
            let source = "a = \"\(value)\" ?\n"
            let errors = try #require(TOMLTestSupport.failure(source))
            let column = "a = \"\(value)\" ".count + 1
            #expect(errors.first?.location == TOML.SourceLocation(line: 1, column: column))
        }
    }

    @Test func invalidBytesAreReportedOncePerLineOnTheirLine() throws {
        var random = SplitMix64(seed: 11)
        for _ in 0..<TestScale.count(quick: 60, full: 600) {
            var bytes: [UInt8] = []
            var badLines: [Int] = []
            for line in 1...(1 + random.below(12)) {
                var text = Array("k\(line) = \"".utf8)
                for _ in 0..<random.below(30) { text.append(UInt8(0x61 + random.below(26))) }
                let bad = random.below(3) == 0
                if bad {
                    for _ in 0..<(1 + random.below(2)) {
                        text.insert(0xFF, at: 5 + random.below(text.count - 5))
                    }
                    badLines.append(line)
                }
                bytes += text + Array("\"\n".utf8)
            }
            guard !badLines.isEmpty else { continue }
            let errors = try #require(TOMLTestSupport.failure(bytes: bytes))
            let reported = errors.filter { $0.id == "toml.invalid-utf8" }.map(\.location.line)
            #expect(reported == badLines)
        }
    }
}
