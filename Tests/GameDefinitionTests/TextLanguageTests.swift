import GameDefinition
import GameRules
import Testing

/// Player texts in two languages: every form of writing them, and the choice of language.
@Suite("Texts in two languages")
struct TextLanguageTests {
    static let game = """
        title = { nl = "Oefenspel", en = "Practice game" }
        languages = ["nl", "en"]
        first_year = 2026
        rounds = 1
        reflection = [{ nl = "Wat ging goed?", en = "What went well?" }, { nl = "Alleen Nederlands" }]

        [roles.beheer]
        name.nl = "Stadsbeheer"
        name.en = "City management"
        brief.nl = \"""
        Jij beheert
        het riool.
        \"""
        brief.en = \"""
        You manage
        the sewer.
        \"""

        [[roles.beheer.goals]]
        text = { nl = "Riool klaar", en = "Sewer done" }
        when = "done(riool)"

        [roles.netbeheer]
        name = { nl = "Netbeheerder" }
        [roles.netbeheer.brief]
        nl = "Jij legt kabels."
        en = "You lay cables."

        [[roles.netbeheer.goals]]
        text = { nl = "Kabel klaar", en = "Cable done" }
        when = "done(riool)"

        [districts.noord]
        name = { nl = "Noord", en = "North" }
        slots = 3

        [projects.riool]
        name = { nl = "Riool", en = "Sewer" }
        owner = "beheer"
        kind = "beheer"
        district = "noord"
        cost = 10
        """

    @Test func withoutAChoiceTheGamesOwnLanguageIsRead() throws {
        let spec = try #require(GameDefinitionReader.read(source: Self.game, file: "t.toml").spec)
        #expect(spec.title == "Oefenspel")
        #expect(spec.roles.map(\.name) == ["Stadsbeheer", "Netbeheerder"])
        #expect(spec.roles[0].brief == "Jij beheert het riool.")
        #expect(spec.language == "nl")
    }

    @Test func englishIsReadInEveryFormAndMissingTextsFallBackToDutch() throws {
        let result = GameDefinitionReader.read(source: Self.game, file: "t.toml", language: "en")
        let spec = try #require(result.spec)
        #expect(spec.title == "Practice game")
        #expect(spec.roles.map(\.name) == ["City management", "Netbeheerder"])
        #expect(spec.roles.map(\.brief) == ["You manage the sewer.", "You lay cables."])
        #expect(spec.roles[0].goals.map(\.text) == ["Sewer done"])
        #expect(spec.districts[0].name == "North")
        #expect(spec.projects[0].name == "Sewer")
        #expect(spec.reflection == ["What went well?", "Alleen Nederlands"])
        #expect(spec.language == "nl", "the game's own language stays the fallback")
    }

    @Test func theMissingEnglishTextsAreWarnedAtTheirPlace() throws {
        let result = GameDefinitionReader.read(source: Self.game, file: "t.toml")
        let warnings = result.warnings.filter { $0.id == "def.missing-translation" }
        #expect(warnings.map(\.location.line) == [5, 24])
        #expect(result.errors.isEmpty)
    }

    @Test func theSameRulesInEitherLanguage() throws {
        let result = GameDefinitionReader.read(source: Self.game, file: "t.toml")
        var dutch = try #require(result.spec)
        let english = try #require(result.spec(in: "en"))
        #expect(dutch != english)
        dutch.title = english.title
        dutch.roles = english.roles
        dutch.districts = english.districts
        dutch.projects = english.projects
        dutch.reflection = english.reflection
        #expect(dutch == english, "only the texts differ")
    }

    @Test func anEnglishGameMayHaveDutchTexts() throws {
        let source = Self.game.replacingOccurrences(
            of: "languages = [\"nl\", \"en\"]",
            with: "language = \"en\"\nlanguages = [\"nl\", \"en\"]")
        let english = try #require(GameDefinitionReader.read(source: source, file: "t.toml").spec)
        #expect(english.title == "Practice game")
        #expect(english.roles[1].name == "Netbeheerder", "the only text there is")
        let dutch = try #require(
            GameDefinitionReader.read(source: source, file: "t.toml", language: "nl").spec)
        #expect(dutch.title == "Oefenspel")
    }
}
