import TOML
import TestSupport
import Testing

/// The locations of keys and values, which the reader takes from the line it follows while
/// reading, agree with a count from scratch on random documents: multi-byte letters,
/// combining marks, CRLF and LF mixed, lists over several lines, multi-line strings, inline
/// tables, and a byte order mark.
@Suite struct LineCounterPropertyTests {
    /// The UTF-8 byte order mark.
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// A random document and its bytes, with a byte order mark half of the time.
    static func randomDocument(_ random: inout SplitMix64) -> (LocatedDocument, [UInt8]) {
        let withMark = random.below(2) == 0
        var document = LocatedDocument(random: random)
        var table: [LocatedDocument.Step] = []
        for _ in 0..<(1 + random.below(24)) { table = document.statement(in: table) }
        random = document.generator
        return (document, (withMark ? byteOrderMark : []) + Array(document.text.utf8))
    }

    @Test func keyAndValueLocationsMatchACountFromScratch() throws {
        var random = SplitMix64(seed: 1515)
        for _ in 0..<TestScale.count(quick: 150, full: 1_500) {
            let (document, bytes) = Self.randomDocument(&random)
            let parsed = try #require(
                try? TOMLReader.read(bytes: bytes, file: "test.toml").get(),
                "\(document.text.debugDescription)")
            for expected in document.expected {
                let found = try #require(
                    LocatedDocument.node(at: expected.path, in: parsed),
                    "\(expected.path) in \(document.text.debugDescription)")
                #expect(
                    found.0.location == expected.location,
                    "value of \(expected.path) in \(document.text.debugDescription)")
                #expect(
                    found.1 == expected.keyLocation,
                    "key of \(expected.path) in \(document.text.debugDescription)")
            }
        }
    }

    /// After a syntax error the reader finds its line again: a key written twice further
    /// on is reported where it is, with the line and column of its first definition.
    @Test func locationsAfterAnErrorMatchACountFromScratch() throws {
        var random = SplitMix64(seed: 4242)
        for _ in 0..<TestScale.count(quick: 100, full: 1_000) {
            var document = LocatedDocument(random: random)
            var table: [LocatedDocument.Step] = []
            for _ in 0..<random.below(8) { table = document.statement(in: table) }
            document.indent()
            // Each error ends on its own line. (An array left open swallows the lines after it
            // up to the next key, the first `twice` too, and then no key is written twice.)
            document.text += ["= 1", "k = \"open", "k = [1, 2]]", "[x"][random.below(4)]
            document.lineBreak()
            for _ in 0..<random.below(8) { table = document.statement(in: []) }
            document.indent()
            let first = document.here
            document.text += "twice = \"" + document.words(4) + "\""
            document.lineBreak()
            for _ in 0..<random.below(3) {
                document.indent()
                document.text += "# " + document.words(4)
                document.lineBreak()
            }
            document.indent()
            let second = document.here
            document.text += "twice = 2"
            random = document.generator
            let errors = try #require(TOMLTestSupport.failure(document.text))
            let duplicate = errors.first { $0.id == "toml.duplicate-key" }
            #expect(duplicate?.location == second, "\(document.text.debugDescription)")
            #expect(
                duplicate?.notes.first?.hasSuffix("at \(first)") == true,
                "\(document.text.debugDescription)")
        }
    }

    /// Past its twentieth invalid byte the reader reports no more of them, but it still knows
    /// where every run of non-ASCII bytes is, so later columns count characters.
    @Test func columnsAfterManyInvalidBytesCountCharacters() throws {
        var bytes: [UInt8] = []
        for n in 0..<30 { bytes += Array("bad\(n) = \"".utf8) + [0xFF] + Array("\"\n".utf8) }
        bytes += Array("t = { a = \"ö\", a = 2 }\n".utf8)
        let errors = try #require(TOMLTestSupport.failure(bytes: bytes))
        #expect(errors.filter { $0.id == "toml.invalid-utf8" }.count == 20)
        let duplicate = errors.first { $0.id == "toml.duplicate-key" }
        #expect(duplicate?.location == TOML.SourceLocation(line: 31, column: 16))
    }
}
