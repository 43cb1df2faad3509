import GameRules
import Testing

@Suite("Option costs")
struct OptionCostTests {
    /// The test game with a cost on option `samen` (0) or `alleen` (1) of its dilemma.
    static func game(option: Int = 0, cost: Double, fund: Int? = nil) -> Game {
        var spec = TestGame.spec
        spec.dilemmas[0].options[option].cost = cost
        spec.dilemmas[0].options[option].costFund = fund
        return Game(spec: spec, seed: 1)
    }

    @Test func theChooserPaysWhenTheDilemmaIsDecided() {
        var game = Self.game(cost: 30)
        game.must(.choose(role: 0, dilemma: 0, option: 0))
        game.must(.choose(role: 1, dilemma: 0, option: 0))
        #expect(game.state.budgets[1] == 80, "nothing is charged at the choice")
        game.everyoneReady()
        let told = game.everyoneReady()
        #expect(game.state.dilemmas[0].decided == [0, 0])
        #expect(game.state.budgets[1] == 50)
        #expect(
            told.contains(
                ToldEvent(.changed(.budget(role: 1, before: 80, after: 50)), to: .role(1))))
    }

    @Test func aRoleCannotChooseWhatItCannotPay() {
        var game = Self.game(cost: 90)
        game.refuses(.choose(role: 1, dilemma: 0, option: 0), .overBudget)
        #expect(!game.legalActions(for: 1).contains(.choose(role: 1, dilemma: 0, option: 0)))
        #expect(game.legalActions(for: 1).contains(.choose(role: 1, dilemma: 0, option: 1)))
        game.must(.choose(role: 0, dilemma: 0, option: 0))
    }

    @Test func aFundPaysWhenTheOptionNamesOne() {
        var game = Self.game(cost: 4, fund: 0)
        game.refuses(.choose(role: 0, dilemma: 0, option: 0), .fundTooSmall)
        game.must(.contribute(role: 0, fund: 0, amount: 10))
        game.must(.choose(role: 0, dilemma: 0, option: 0))
        game.must(.choose(role: 1, dilemma: 0, option: 0))
        game.everyoneReady()
        game.everyoneReady()
        #expect(game.state.funds[0] == 2, "10 paid in, 4 for each of the two choosers")
        #expect(game.state.budgets[1] == 80)
    }

    @Test func aDefaultOptionWithACostIsChargedAtTheDeadline() {
        var game = Self.game(option: 1, cost: 5)
        game.must(.choose(role: 0, dilemma: 0, option: 0))
        for _ in 0..<4 { game.everyoneReady() }
        #expect(game.state.dilemmas[0].decided == [0, 1])
        #expect(game.state.budgets[1] == 75, "netbeheer did not choose: the default costs it 5")
    }

    @Test func anOptionWithoutCostChargesNothing() {
        var game = TestGame.start()
        game.must(.choose(role: 0, dilemma: 0, option: 0))
        game.must(.choose(role: 1, dilemma: 0, option: 0))
        game.everyoneReady()
        game.everyoneReady()
        #expect(game.state.budgets[1] == 80)
    }
}
