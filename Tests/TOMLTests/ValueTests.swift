import TOML
import Testing

/// Values, key order and source positions of valid documents.
@Suite struct ValueTests {
    @Test func scalarsOfEveryKind() throws {
        let source = """
            s = "a\\tb\\u00e9\\U0001F600"
            l = 'C:\\path'
            i = 1_000
            h = 0xDEAD_beef
            o = 0o17
            b = 0b101
            f = 6.02e23
            n = -inf
            q = nan
            t = true
            """
        let doc = try #require(TOMLTestSupport.document(source))
        #expect(doc.root["s"]?.value == .string("a\tb\u{e9}\u{1F600}"))
        #expect(doc.root["l"]?.value == .string("C:\\path"))
        #expect(doc.root["i"]?.value == .integer(1000))
        #expect(doc.root["h"]?.value == .integer(0xDEAD_BEEF))
        #expect(doc.root["o"]?.value == .integer(0o17))
        #expect(doc.root["b"]?.value == .integer(5))
        #expect(doc.root["f"]?.value == .float(6.02e23))
        #expect(doc.root["n"]?.value == .float(-.infinity))
        #expect(doc.root["q"]?.value.doubleValue?.isNaN == true)
        #expect(doc.root["t"]?.value == .boolean(true))
    }

    @Test func integerLimits() throws {
        let doc = try #require(
            TOMLTestSupport.document("max = 9223372036854775807\nmin = -9223372036854775808\n"))
        #expect(doc.root["max"]?.value == .integer(.max))
        #expect(doc.root["min"]?.value == .integer(.min))
    }

    @Test func multilineStrings() throws {
        let source = "a = \"\"\"\nregel één\\\n    verder\"\"\"\"\nb = '''\n  ruw \\n '''\n"
        let doc = try #require(TOMLTestSupport.document(source))
        #expect(doc.root["a"]?.value == .string("regel éénverder\""))
        #expect(doc.root["b"]?.value == .string("  ruw \\n "))
    }

    @Test func dateTimesKeepTheirKindAndText() throws {
        let source = """
            odt = 1979-05-27T07:32:00.999-07:00
            utc = 1979-05-27 07:32:00Z
            ldt = 1979-05-27T00:32:00.5
            ld = 2024-02-29
            lt = 07:32:00
            """
        let doc = try #require(TOMLTestSupport.document(source))
        #expect(doc.root["odt"]?.value.typeName == "date-time")
        #expect(
            doc.root["odt"]?.value.dateTimeValue?.description == "1979-05-27T07:32:00.999-07:00")
        #expect(doc.root["utc"]?.value.dateTimeValue?.description == "1979-05-27T07:32:00Z")
        guard case .localDateTime(let ldt) = doc.root["ldt"]?.value else {
            Issue.record("expected a local date-time")
            return
        }
        #expect(ldt.nanosecond == 500_000_000)
        #expect(ldt.description == "1979-05-27T00:32:00.5")
        #expect(doc.root["ld"]?.value == .localDate(TOMLDateTime(year: 2024, month: 2, day: 29)))
        #expect(doc.root["lt"]?.value.dateTimeValue?.description == "07:32:00")
    }

    @Test func keysKeepTheOrderOfFirstAppearance() throws {
        let doc = try #require(
            TOMLTestSupport.document("zeta = 1\nalpha = 2\n[mid]\nx = 1\n[beta.gamma]\n[mid2]\n"))
        #expect(doc.root.keys == ["zeta", "alpha", "mid", "beta", "mid2"])
    }

    @Test func locationsOfValuesKeysAndTables() throws {
        let source = """
            # comment
            [projects.riolering]
            naam = "Riool"
            kosten = [1, 2]
            fase.start = 2025

            [[rondes]]
            jaar = 2025
            [[rondes]]
            jaar = 2026
            """
        let doc = try #require(TOMLTestSupport.document(source))
        let projects = try #require(doc.root["projects"])
        #expect(projects.location == SourceLocation(line: 2, column: 2))
        let riool = try #require(projects.value.tableValue?["riolering"])
        #expect(riool.location == SourceLocation(line: 2, column: 1))
        let table = try #require(riool.value.tableValue)
        #expect(table.entry("naam")?.keyLocation == SourceLocation(line: 3, column: 1))
        #expect(table["naam"]?.location == SourceLocation(line: 3, column: 8))
        #expect(
            table["kosten"]?.value.arrayValue?[1].location == SourceLocation(line: 4, column: 14))
        #expect(table["fase"]?.location == SourceLocation(line: 5, column: 1))
        let rondes = try #require(doc.root["rondes"]?.value.arrayValue)
        #expect(rondes.map(\.location.line) == [7, 9])
        #expect(rondes[1].value.tableValue?["jaar"]?.value == .integer(2026))
    }

    @Test func implicitTableDefinedLaterTakesTheHeaderPosition() throws {
        let doc = try #require(TOMLTestSupport.document("[a.b]\nx = 1\n[a]\ny = 2\n"))
        #expect(doc.root["a"]?.location == SourceLocation(line: 3, column: 1))
        #expect(doc.root["a"]?.value.tableValue?.keys == ["b", "y"])
    }

    @Test func inlineTablesAndDottedKeysNest() throws {
        let doc = try #require(TOMLTestSupport.document("p = { naam = \"x\", kosten.bouw = 3 }\n"))
        let p = try #require(doc.root["p"]?.value.tableValue)
        #expect(p["kosten"]?.value.tableValue?["bouw"]?.value == .integer(3))
        #expect(doc.root["p"]?.value.typeName == "table")
    }

    @Test func emptyDocumentIsValid() throws {
        #expect(TOMLTestSupport.document("")?.root.isEmpty == true)
        #expect(TOMLTestSupport.document("\n# only a comment\n")?.root.isEmpty == true)
    }
}
