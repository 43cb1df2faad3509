import GameRules
import Testing

/// `self` (or `chooser`) in an option's effects names the role that chose it.
@Suite("The chooser in an option's effects")
struct ChooserEffectTests {
    static let game = """
        title = "Bijdragen"
        first_year = 2026
        rounds = 2

        \(PlayedGame.roles(["beheer"]))
        \(PlayedGame.roles(["netbeheer"], budget: 60))
        [dilemmas.bijdrage]
        text = "Wie draagt bij?"
        choosers = ["beheer", "netbeheer"]
        year = 2026

        [[dilemmas.bijdrage.options]]
        id = "geven"
        label = "Bijdragen"
        effects = ["budget(self) -= 10", "trust(*, chooser) += 5", "budget(beheer) += 1"]

        [[dilemmas.bijdrage.options]]
        id = "houden"
        label = "Houden"
        effects = "trust(self, *) -= budget(self) / 10"
        """

    /// The state after beheer (0) and netbeheer (1) chose their options and the year ended.
    private static func decided(beheer: Int, netbeheer: Int) throws -> GameState {
        var played = try PlayedGame(game)
        played.must(.choose(role: 0, dilemma: 0, option: beheer))
        played.must(.ready(role: 0))
        played.must(.choose(role: 1, dilemma: 0, option: netbeheer))
        played.finishRound()
        return played.game.state
    }

    @Test func eachChooserPaysForItsOwnChoice() throws {
        let state = try Self.decided(beheer: 0, netbeheer: 0)
        #expect(state.budgets == [92, 50], "each -10 for itself, beheer +1 twice")
        #expect(state.trust(0, 1) == 54 && state.trust(1, 0) == 54)
    }

    @Test func theChooserMayStandInTheValueToo() throws {
        let state = try Self.decided(beheer: 1, netbeheer: 0)
        #expect(state.budgets == [101, 50])
        #expect(state.trust(0, 1) == 46, "50 - 100 / 10 + 5 for the giver, drift +1")
        #expect(state.trust(1, 0) == 50, "the keeper gains no trust")
    }

    @Test func theOptionKeepsOneCompiledListPerRole() throws {
        let played = try PlayedGame(Self.game)
        let option = played.game.spec.dilemmas[0].options[0]
        #expect(option.effectsByChooser?.count == 2)
        #expect(option.effects(for: 1).first?.target == .budget(1))
        #expect(option.effects(for: 0).first?.target == .budget(0))
        #expect(option.effects.map(\.source) == option.effects(for: 1).map(\.source))
    }
}
