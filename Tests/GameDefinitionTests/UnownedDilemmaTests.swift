import GameRules
import Testing

/// A dilemma that nobody owns: any role may pick it up; undecided, its default falls on all.
@Suite("A hot potato that anyone may pick up")
struct UnownedDilemmaTests {
    static func game(choosers: String = "") -> String {
        """
        title = "Hete aardappel"
        first_year = 2026
        rounds = 2
        vars = { draagvlak = 50 }

        \(PlayedGame.roles(["beheer", "netbeheer", "sociaal"]))

        [dilemmas.klachten]
        text = "Bewoners klagen over de bomen. Wie pakt het op?"
        year = 2026
        default = "laten"
        default_effects = "draagvlak -= 20"
        \(choosers)

        [[dilemmas.klachten.options]]
        id = "oppakken"
        label = "Ik pak het op"
        effects = ["budget(self) -= 10", "draagvlak += 10"]

        [[dilemmas.klachten.options]]
        id = "laten"
        label = "Laten liggen"
        effects = "budget(self) -= 2"
        """
    }

    @Test(arguments: ["", "choosers = \"any\""])
    func everyRoleMayChooseAndNothingIsSecret(_ choosers: String) throws {
        let spec = try PlayedGame(Self.game(choosers: choosers)).game.spec
        #expect(spec.dilemmas[0].anyone)
        #expect(spec.dilemmas[0].choosers == [0, 1, 2])
        #expect(!spec.dilemmas[0].secret)
    }

    @Test func theFirstToPickItUpDecidesForTheTable() throws {
        var played = try PlayedGame(Self.game())
        played.must(.choose(role: 1, dilemma: 0, option: 0))
        #expect(played.refusal(.choose(role: 0, dilemma: 0, option: 1)) == .pickedUp)
        #expect(played.refusal(.choose(role: 2, dilemma: 0, option: 0)) == .pickedUp)
        played.finishRound()
        let game = played.game
        #expect(game.state.budgets == [100, 90, 100], "only the one who picked it up pays")
        #expect(game.state.variables[0] == 60)
        #expect(game.state.dilemmas[0].decided == [0, 0, 0], "its choice binds every role")
        #expect(!game.state.dilemmas[0].isOpen)
    }

    @Test func undecidedItsDefaultFallsOnEveryRole() throws {
        var played = try PlayedGame(Self.game())
        played.finishRound()
        let game = played.game
        #expect(game.state.budgets == [98, 98, 98], "the default's effects once per role")
        #expect(game.state.variables[0] == 30, "and the burn once, at the table")
        #expect(game.state.dilemmas[0].decided == [1, 1, 1])
        #expect(game.decided(dilemma: 0) && game.chose(role: 2, dilemma: 0, option: 1))
    }
}
