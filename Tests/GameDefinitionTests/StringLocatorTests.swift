import TOML
import Testing

@testable import GameDefinition

private typealias Position = TOML.SourceLocation

/// Expression errors point at the exact character inside one-line strings.
@Suite("Positions inside strings")
struct StringLocatorTests {
    private func locate(_ line: String, column: Int, offset: Int) -> Position {
        StringLocator(source: "x = 1\n" + line + "\n").location(
            of: offset, inStringAt: Position(line: 2, column: column))
    }

    @Test func aBasicStringMapsOneToOne() {
        #expect(
            locate(#"when = "done(rioll)""#, column: 8, offset: 5) == Position(line: 2, column: 14))
    }

    @Test func escapesTakeTheirRawWidth() {
        #expect(
            locate(#"when = "\"a\" \u00e9 done(x)""#, column: 8, offset: 11)
                == Position(line: 2, column: 27))
        #expect(
            locate(#"t = "\U0001F600x""#, column: 5, offset: 1) == Position(line: 2, column: 16))
    }

    @Test func aLiteralStringMapsOneToOne() {
        #expect(locate(#"when = 'a\b c'"#, column: 8, offset: 4) == Position(line: 2, column: 13))
    }

    @Test func wideCharactersCountAsOneColumn() {
        #expect(locate(#"when = "één + x""#, column: 8, offset: 6) == Position(line: 2, column: 15))
    }

    @Test func aMultiLineStringPointsAtItsStart() {
        #expect(locate(#"when = """"#, column: 8, offset: 30) == Position(line: 2, column: 8))
        #expect(locate("when = '''", column: 8, offset: 3) == Position(line: 2, column: 8))
    }

    @Test func positionsOutsideTheFileStayInside() {
        #expect(locate(#"w = "ab""#, column: 5, offset: 99) == Position(line: 2, column: 9))
        let far = StringLocator(source: "a").location(
            of: 3, inStringAt: Position(line: 7, column: 2))
        #expect(far == Position(line: 7, column: 2))
    }
}
