import GameDefinition
import GameRules
import Testing

@testable import TextInterface

/// At a served table each seat sees the game's texts in its own language (`taal en`).
@Suite("A seat's language chooses the game's texts")
struct SeatLanguageTests {
    static let game = """
        title = { nl = "Twee rollen", en = "Two roles" }
        languages = ["nl", "en"]
        first_year = 2026
        rounds = 1

        [roles.beheer]
        name = { nl = "Stadsbeheer", en = "City management" }
        brief = { nl = "Jij beheert het riool.", en = "You manage the sewer." }

        [roles.sociaal]
        name = { nl = "Sociaal domein", en = "Social domain" }
        brief = { nl = "Jij zorgt voor de buurt.", en = "You care for the neighbourhood." }

        """

    /// A setup of the two-language game, its session in `language`.
    private func setup(_ language: Language) throws -> SessionSetup {
        let definition = GameDefinitionReader.read(source: Self.game, file: "twee.toml")
        return SessionSetup(
            spec: try #require(definition.spec), gamePath: "twee.toml",
            definitionHash: definition.hash, seed: 1, language: language,
            translations: GameTranslations.of(definition))
    }

    private func table() throws -> HostedTable {
        let table = HostedTable(number: 1, setup: try setup(.nl), saveWriter: nil)
        table.writesDebrief = false
        table.start()
        return table
    }

    @Test func aSeatInEnglishReadsTheEnglishTextsWhileTheOtherReadsDutch() throws {
        let table = try table()
        _ = table.attach(role: 0)
        _ = table.attach(role: 1)
        table.receive("taal en", from: 1)
        let dutchStart = table.output(role: 0, after: 0).next
        let englishStart = table.output(role: 1, after: 0).next
        table.receive("briefing", from: 0)
        table.receive("briefing", from: 1)
        let dutch = table.output(role: 0, after: dutchStart).lines.joined(separator: "\n")
        let english = table.output(role: 1, after: englishStart).lines.joined(separator: "\n")
        #expect(dutch.contains("Jij beheert het riool."), "\(dutch)")
        #expect(english.contains("You care for the neighbourhood."), "\(english)")
        #expect(!english.contains("Jij zorgt"), "\(english)")
        #expect(table.prompt(role: 1).contains("Social domain"))
        #expect(table.prompt(role: 0).contains("Stadsbeheer"))
    }

    @Test func theSessionPlaysTheSpecInItsOwnLanguage() throws {
        let setup = try setup(.en)
        #expect(setup.spec.title == "Two roles")
        #expect(setup.spec(in: .nl).title == "Twee rollen")
    }

    @Test func aDebriefInEnglishOfADutchGameHasTheEnglishTexts() throws {
        let setup = try setup(.nl)
        let report = DebriefReport(setup: setup, language: .en, counterfactual: false)
        #expect(report.title == "Two roles")
        #expect(
            DebriefReport(setup: setup, language: .nl, counterfactual: false).title == "Twee rollen"
        )
    }
}
