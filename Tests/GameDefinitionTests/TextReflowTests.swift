import GameDefinition
import Testing

/// Player texts written over several lines are re-flowed when the game is read.
@Suite("Re-flowed player texts")
struct TextReflowTests {
    @Test func linesJoinBlankLinesSeparateParagraphsAndListItemsStay() throws {
        let brief =
            "\"\"\"\n  Jij beheert het riool.\n  Het riool in Noord\n  is op.\n\n\n  Wat je wilt:\n  - een nieuw riool\n    in Noord\n  - rust in de straat\n\"\"\""
        let source = Patch.replace("brief = \"Jij beheert het riool.\"", "brief = \(brief)")
            .applied
        let result = GameDefinitionReader.read(source: source, file: "t.toml")
        let spec = try #require(result.spec, "\(result.diagnostics.map(\.headline))")
        #expect(
            spec.roles[0].brief
                == "Jij beheert het riool. Het riool in Noord is op.\n\nWat je wilt:\n- een nieuw riool in Noord\n- rust in de straat"
        )
    }

    @Test func oneLineTextsAreKept() throws {
        let spec = try #require(
            GameDefinitionReader.read(source: BaseGame.text, file: "base.toml").spec)
        #expect(spec.roles[0].brief == "Jij beheert het riool.")
        #expect(spec.roles[0].name == "Stadsbeheer")
    }
}
