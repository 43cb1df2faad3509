import GameDefinition
import TOML
import Testing

/// Every broken game gives its exact diagnostic: id, message, place and suggestion.
@Suite("Diagnostics of broken games")
struct DiagnosticsTests {
    @Test func theBaseGameIsClean() {
        let result = GameDefinitionReader.read(source: BaseGame.text, file: "base.toml")
        #expect(result.diagnostics.map(\.headline) == [])
        #expect(result.spec != nil)
    }

    @Test(arguments: DiagnosticCases.all)
    func brokenGame(_ item: DiagnosticCase) {
        let source = item.patch.applied
        #expect(source != BaseGame.text, "the patch did not apply")
        let result = GameDefinitionReader.read(source: source, file: "test.toml")
        let found = result.diagnostics.first { $0.id == item.id }
        guard let found else {
            Issue.record("no \(item.id); got \(result.diagnostics.map(\.headline))")
            return
        }
        #expect(found.message == item.message)
        #expect(found.location == TOML.SourceLocation(line: item.line, column: item.column))
        #expect(found.suggestion == item.suggestion)
        #expect(found.severity == item.severity)
        #expect(found.file == "test.toml")
        if item.severity == .error {
            #expect(result.spec == nil)
        } else {
            #expect(result.spec != nil)
            #expect(result.errors.isEmpty)
        }
    }

    @Test func allProblemsAreReportedNotJustTheFirst() {
        let source = Patch.then(
            .replace("cost = 40", "cost = -40"),
            .then(
                .replace("income = 10", "incom = 10"),
                .replace("kind = \"transitie\"", "kind = \"x\""))
        ).applied
        let result = GameDefinitionReader.read(source: source, file: "t.toml")
        #expect(
            Set(result.diagnostics.map(\.id)) == [
                "def.negative-cost", "def.unknown-key", "def.unknown-value",
            ])
        #expect(result.diagnostics.map(\.location) == result.diagnostics.map(\.location).sorted())
    }
}
