import TOML
import Testing

@testable import GameDefinition

typealias Position = TOML.SourceLocation

/// Expression errors point at the exact character inside strings of every kind.
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

    @Test(
        "multi-line strings map across their lines",
        arguments: [
            (
                "x = 1\nwhen = \"\"\"\nbudget(b) >= 1\n  and rond\"\"\"\n", 21,
                Position(line: 4, column: 7)
            ),
            (
                "x = 1\nwhen = '''\nbudget(b) >= 1\n  and rond'''\n", 21,
                Position(line: 4, column: 7)
            ),
            ("x = 1\r\nwhen = \"\"\"\r\nab\r\n  rond\"\"\"\r\n", 5, Position(line: 4, column: 3)),
            ("x = 1\nwhen = \"\"\"ab\n\\t rond\"\"\"", 6, Position(line: 3, column: 5)),
            (
                "x = 1\nwhen = \"\"\"\\\n    done(x) and \\\n\n   rond\"\"\"", 12,
                Position(line: 5, column: 4)
            ),
        ])
    func multiLineStrings(source: String, offset: Int, expected: Position) {
        let found = StringLocator(source: source).location(
            of: offset, inStringAt: Position(line: 2, column: 8))
        #expect(found == expected)
    }

    @Test func positionsOutsideTheFileStayInside() {
        #expect(locate(#"w = "ab""#, column: 5, offset: 99) == Position(line: 2, column: 9))
        let far = StringLocator(source: "a").location(
            of: 3, inStringAt: Position(line: 7, column: 2))
        #expect(far == Position(line: 7, column: 2))
    }
}
