import Foundation
import TOML
import Testing

@testable import GameDefinition

/// The JSON Schema for editors: made from the format's table of keys, equal to what the
/// reader reads, committed as docs/wijkspel.schema.json, and matched by every game.
@Suite("The game format's JSON Schema")
struct GameSchemaTests {
    /// Every game file in the package, and the example with phases of its own (no shipped
    /// game has them), so that every table of the format is read at least once.
    static let sources: [(name: String, text: String)] = {
        let fixtures = PackageFiles.root.appendingPathComponent(
            "Tests/GameDefinitionTests/Fixtures")
        let extra = (try? FileManager.default.contentsOfDirectory(atPath: fixtures.path)) ?? []
        let paths =
            PackageFiles.games
            + extra.filter { $0.hasSuffix(".toml") }.map {
                fixtures.appendingPathComponent($0).path
            }
        var sources = paths.map {
            ($0, (try? String(contentsOfFile: $0, encoding: .utf8)) ?? "")
        }
        sources.append(
            (
                "example with phases",
                PackageFiles.exampleText + """

                    [[phases]]
                    id = "nieuws"

                    [[phases]]
                    id = "plannen"
                    name = "Plannen"
                    kind = "planning"
                    secret = true

                    [[phases]]
                    id = "besluit"
                    kind = "decision"

                    [[phases]]
                    id = "uitvoering"
                    kind = "execution"

                    [[phases]]
                    id = "terugblik"
                    kind = "review"

                    """
            ))
        return sources
    }()

    /// The tables at these paths have names the game chooses, not keys of the format.
    static func isFreeNames(_ path: String, in format: [String: Set<String>]) -> Bool {
        format[path] == nil && format[path + ".*"] != nil
    }

    @Test func theFormatListsExactlyTheKeysTheReaderReads() throws {
        var asked: [String: Set<String>] = [:]
        for source in Self.sources {
            let read = GameDefinitionReader.readNoting(
                bytes: Array(source.text.utf8), file: source.name)
            #expect(read.result.spec != nil, "\(source.name) must read without errors")
            asked.merge(read.askedKeys) { $0.union($1) }
        }
        let format = GameFormat.root.keysByPath()
        for (path, keys) in asked.sorted(by: { $0.key < $1.key })
        where !Self.isFreeNames(path, in: format) {
            let listed = try #require(
                format[path], "the reader reads a table `\(path)` the format does not list")
            #expect(
                keys.subtracting(listed).isEmpty,
                "\(path): the format misses \(keys.subtracting(listed).sorted())")
            #expect(
                listed.subtracting(keys).isEmpty,
                "\(path): the reader never asks for \(listed.subtracting(keys).sorted())")
        }
        for path in format.keys.sorted() {
            #expect(
                asked[path] != nil,
                "no game file has a table `\(path)`, so the test cannot check it")
        }
    }

    @Test func theCommittedSchemaIsTheOneTheFormatMakes() throws {
        let path = PackageFiles.root.appendingPathComponent("docs/wijkspel.schema.json").path
        if ProcessInfo.processInfo.environment["WIJKSPEL_RECORD_GOLDEN"] != nil {
            try GameSchema.text().write(toFile: path, atomically: true, encoding: .utf8)
        }
        let committed = try String(contentsOfFile: path, encoding: .utf8)
        #expect(
            committed == GameSchema.text(),
            "docs/wijkspel.schema.json is out of date: run `swift run wijkspel schema > docs/wijkspel.schema.json` (or WIJKSPEL_RECORD_GOLDEN=1 swift test --filter GameSchema)"
        )
        let parsed = try JSONSerialization.jsonObject(with: Data(committed.utf8)) as? [String: Any]
        #expect(parsed?["$schema"] as? String == "http://json-schema.org/draft-04/schema#")
    }

    @Test(arguments: sources.map(\.name))
    func everyGameMatchesTheSchema(name: String) throws {
        let source = try #require(Self.sources.first { $0.name == name })
        let document = try TOMLReader.read(source.text, file: name).get()
        #expect(SchemaCheck.problems(.table(document.root), try Self.schema()) == [])
    }

    /// What an editor would mark in a game that the reader refuses too.
    struct Refusal: CustomTestStringConvertible, Sendable {
        let name: String
        let find: String
        let replace: String
        let problem: String
        var testDescription: String { name }
    }

    static let refusals: [Refusal] = [
        Refusal(
            name: "an unknown top-level key", find: "rounds     = 6", replace: "roundz = 6",
            problem: "roundz: unknown key"),
        Refusal(
            name: "text where a number goes", find: "rounds     = 6", replace: "rounds = \"zes\"",
            problem: "rounds: not integer"),
        Refusal(
            name: "no rounds at all", find: "rounds     = 6", replace: "",
            problem: ".rounds: missing"),
        Refusal(
            name: "a year outside the calendar", find: "first_year = 2026",
            replace: "first_year = 26", problem: "first_year: below"),
        Refusal(
            name: "a kind of project that does not exist", find: "kind     = \"beheer\"",
            replace: "kind = \"riool\"", problem: "kind: not one of"),
        Refusal(
            name: "a misspelt project key", find: "cost     =", replace: "kost     =",
            problem: "kost: unknown key"),
        Refusal(
            name: "a chance above one", find: "chance", replace: "chance = 2 #",
            problem: "chance: above"),
    ]

    @Test(arguments: refusals)
    func theSchemaMarksWhatTheReaderRefuses(_ refusal: Refusal) throws {
        let original = PackageFiles.exampleText
        #expect(original.contains(refusal.find), "the example no longer has `\(refusal.find)`")
        let text = original.replacingOccurrences(of: refusal.find, with: refusal.replace)
        #expect(GameDefinitionReader.read(source: text, file: "x.toml").spec == nil)
        let document = try TOMLReader.read(text, file: "x.toml").get()
        let problems = SchemaCheck.problems(.table(document.root), try Self.schema())
        #expect(problems.contains { $0.contains(refusal.problem) }, "\(problems)")
    }

    /// The schema as the test's checker reads it.
    static func schema() throws -> [String: Any] {
        let data = Data(GameSchema.text().utf8)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }
}
