import TOML
import Testing

/// Columns with non-ASCII text, CRLF line endings, byte order marks and invalid UTF-8.
@Suite struct EncodingTests {
    @Test func dutchDiacriticsCountAsOneColumn() throws {
        let source = "naam = \"coördinatie\" x\n"
        let errors = try #require(TOMLTestSupport.failure(source))
        #expect(errors.first?.id == "toml.expected-end-of-line")
        #expect(errors.first?.location == SourceLocation(line: 1, column: 22))
    }

    @Test func decomposedCharactersCountAsOneColumn() throws {
        let source = "naam = \"coo\u{308}rdinatie\" x\n"
        let errors = try #require(TOMLTestSupport.failure(source))
        #expect(errors.first?.location == SourceLocation(line: 1, column: 22))
    }

    @Test func valueLocationsAfterDiacritics() throws {
        let doc = try #require(TOMLTestSupport.document("\"coöperatie\" = [\"één\", \"twee\"]\n"))
        let items = try #require(doc.root["coöperatie"]?.value.arrayValue)
        #expect(items[1].location == SourceLocation(line: 1, column: 24))
    }

    @Test func crlfLineEndings() throws {
        let source = "a = 1\r\nb = \"\"\"\r\nx\r\ny\"\"\"\r\n[t]\r\nc = 2\r\n"
        let doc = try #require(TOMLTestSupport.document(source))
        #expect(doc.root["b"]?.value == .string("x\ny"))
        #expect(doc.root["t"]?.location == SourceLocation(line: 5, column: 1))
        let errors = try #require(TOMLTestSupport.failure("a = 1\r\nb = 1\r\nb = 2\r\n"))
        #expect(errors.first?.location == SourceLocation(line: 3, column: 1))
    }

    @Test func byteOrderMarkIsSkipped() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("a = 1\nb = ?\n".utf8)
        let errors = try #require(TOMLTestSupport.failure(bytes: bytes))
        #expect(errors.first?.location == SourceLocation(line: 2, column: 5))
        let fine: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("a = 1\n".utf8)
        let doc = try #require(try? TOMLReader.read(bytes: fine, file: "x").get())
        #expect(doc.root["a"]?.location == SourceLocation(line: 1, column: 5))
        #expect(TOMLTestSupport.document("\u{FEFF}a = 1\n")?.root["a"]?.value == .integer(1))
    }

    @Test func invalidUTF8IsReportedWithItsLocation() throws {
        let bytes: [UInt8] = Array("a = 1\nb = \"x".utf8) + [0xC3, 0x28] + Array("\"\n".utf8)
        let errors = try #require(TOMLTestSupport.failure(bytes: bytes))
        #expect(errors.map(\.id) == ["toml.invalid-utf8"])
        #expect(errors.first?.location == SourceLocation(line: 2, column: 7))
    }

    @Test func severalIndependentProblemsAreAllReported() throws {
        let source = """
            naam = "Wijk
            budget = 12x
            [rollen]
            beheer = 1
            beheer = 2
            lijst = [1, 2
            ok = true
            """
        let errors = try #require(TOMLTestSupport.failure(source))
        #expect(
            errors.map(\.id) == [
                "toml.unterminated-string", "toml.invalid-number", "toml.duplicate-key",
                "toml.invalid-array",
            ])
        #expect(errors.map(\.location.line) == [1, 2, 5, 6])
    }
}
