import Strategies
import Testing

@testable import TextInterface

/// The debrief's CSV per RFC 4180: awkward texts survive a round trip, and every file of a
/// real report reads back with one field per column.
@Suite("Debrief CSV")
struct DebriefCSVTests {
    static let awkward = [
        "plain", "a, b", "say \"hi\"", "two\nlines", "cr\r\nlf", "", " spaced ", "\"", ",",
        "één; twee", "<script>|x</script>",
    ]

    @Test("fields with commas, quotes and newlines read back as written")
    func roundTrip() {
        let table = CSVTable(
            header: ["id", "text"],
            rows: DebriefCSVTests.awkward.enumerated().map { ["\($0.offset)", $0.element] })
        let parsed = CSVTable.parse(table.text)
        #expect(parsed.count == DebriefCSVTests.awkward.count + 1)
        #expect(parsed.first == ["id", "text"])
        #expect(Array(parsed.dropFirst()) == table.rows)
    }

    @Test(
        "a field is quoted exactly when it must be",
        arguments: [
            ("plain", "plain"), ("a, b", "\"a, b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""),
            ("two\nlines", "\"two\nlines\""), ("cr\rx", "\"cr\rx\""), ("", ""),
        ])
    func quoting(_ value: String, _ written: String) {
        #expect(CSVTable.field(value) == written)
    }

    @Test("records end in CRLF")
    func lineEnds() {
        let text = CSVTable(header: ["a", "b"], rows: [["1", "2"]]).text
        #expect(text == "a,b\r\n1,2\r\n")
    }

    @Test("every table of a report has one field per column in every record")
    func shapes() throws {
        let setup = try Fixtures.setup(
            seed: 11, bots: [0: .cooperative, 1: .sectoral, 2: .reciprocal, 3: .greedy])
        let played = Playout(
            spec: setup.spec, seed: 11,
            strategies: ([.cooperative, .sectoral, .reciprocal, .greedy] as [StrategyKind]).map {
                $0.make()
            })
        var finished = setup
        finished.actions = played.table.record.actions
        let report = DebriefReport(setup: finished, language: .en, counterfactual: false)
        let tables = DebriefCSV.render(report)
        #expect(tables.map(\.name) == DebriefCSV.fileNames)
        for (name, table) in tables {
            let parsed = CSVTable.parse(table.text)
            #expect(parsed.count == table.rows.count + 1, "\(name)")
            #expect(parsed.allSatisfy { $0.count == table.header.count }, "\(name)")
        }
        let actions = tables.first { $0.name == "actions.csv" }?.table.rows.count
        #expect(actions == finished.actions.count)
    }
}
