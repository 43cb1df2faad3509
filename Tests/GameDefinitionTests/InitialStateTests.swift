import GameDefinition
import GameRules
import Testing

/// A game that starts in the middle of things: streets dug before it, projects done or under
/// way, and a history told at the start.
@Suite("The state before the first year")
struct InitialStateTests {
    static func game(district: String = "", projects: String = "", top: String = "") -> String {
        """
        title = "Na de vorige werken"
        first_year = 2026
        rounds = 3
        \(top)

        \(PlayedGame.roles(["beheer", "netbeheer"]))

        [digging]
        graafrust = 2

        [districts.noord]
        slots = 3
        \(district)

        [projects.riool]
        owner = "beheer"
        kind = "beheer"
        district = "noord"
        cost = 40
        digs = true
        rounds = 2
        slots = 1

        [projects.kabel]
        owner = "netbeheer"
        kind = "transitie"
        district = "noord"
        cost = 10
        digs = true
        \(projects)
        """
    }

    @Test func aStreetDugTheYearBeforeRestsInTheFirstYearsAndANewTrenchBreaksIt() throws {
        var played = try PlayedGame(Self.game(district: "dug = [2024, 2025]\nnuisance = 6"))
        #expect(played.game.state.graafrustUntil == [1])
        #expect(played.game.state.nuisance == [6])
        played.must(.plan(role: 1, project: 1, round: 0))
        let trustBefore = played.game.state.trust(0, 1)
        played.finishRound()
        #expect(played.game.state.openings.map(\.breach) == [true])
        #expect(played.game.state.trust(0, 1) < trustBefore)
    }

    @Test func withoutDugTheSameTrenchBreaksNothing() throws {
        var played = try PlayedGame(Self.game())
        #expect(played.game.state.graafrustUntil == [nil])
        played.must(.plan(role: 1, project: 1, round: 0))
        played.finishRound()
        #expect(played.game.state.openings.map(\.breach) == [false])
    }

    @Test func aProjectDoneBeforeTheGameIsDoneAndTakesItsSlots() throws {
        let source = Self.game().replacingOccurrences(
            of: "rounds = 2\nslots = 1", with: "rounds = 2\nslots = 1\nstatus = \"done\"")
        var played = try PlayedGame(source)
        #expect(played.game.state.projects[0].phase == .done)
        #expect(played.game.state.slotsUsed == [1])
        #expect(played.refusal(.plan(role: 0, project: 0, round: 0)) != nil)
        let budget = played.game.state.budgets[0]
        played.finishRound()
        #expect(played.game.state.budgets[0] == budget, "it was paid for before the game")
    }

    @Test func aProjectStartedTheYearBeforeFinishesInTheFirstYearWithoutANewTrench() throws {
        let source = Self.game().replacingOccurrences(
            of: "rounds = 2\nslots = 1", with: "rounds = 2\nslots = 1\nstarted = 2025")
        var played = try PlayedGame(source)
        #expect(played.game.state.projects[0].phase == .running)
        #expect(played.game.state.projects[0].remaining == 1)
        played.finishRound()
        #expect(played.game.state.projects[0].phase == .done)
        #expect(played.game.state.openings.map(\.breach) == [false])
        #expect(played.game.state.graafrustUntil == [2], "graafrust after it, as after any work")
    }

    @Test(arguments: ["status = \"done\"", "started = 2025"])
    func aProjectPaidForBeforeTheGameIsNeverUnaffordable(_ before: String) throws {
        let dear = Self.game().replacingOccurrences(of: "cost = 40", with: "cost = 4000")
        let warned = GameDefinitionReader.read(source: dear, file: "t.toml").warnings
        #expect(warned.map(\.id).contains("def.unaffordable"), "the check bites without it")
        let paid = dear.replacingOccurrences(
            of: "rounds = 2\nslots = 1", with: "rounds = 2\nslots = 1\n\(before)")
        let result = GameDefinitionReader.read(source: paid, file: "t.toml")
        #expect(result.diagnostics.map(\.headline) == [])
    }

    @Test func theHistoryIsReadInTheChosenLanguage() throws {
        let source = Self.game(
            top:
                "languages = [\"nl\", \"en\"]\nhistory.nl = \"\"\"\nDe straten\nlagen twee keer open.\n\"\"\"\nhistory.en = \"The streets were dug twice.\""
        )
        let result = GameDefinitionReader.read(source: source, file: "t.toml")
        #expect(try #require(result.spec).history == "De straten lagen twee keer open.")
        #expect(try #require(result.spec(in: "en")).history == "The streets were dug twice.")
    }
}
