import GameRules
import Testing

/// Money granted to a project from several funds goes back to each fund, its own amount.
@Suite("Refunds to every fund that granted money")
struct FundRefundTests {
    static let game = """
        title = "Twee fondsen"
        first_year = 2026
        rounds = 3

        \(PlayedGame.roles(["beheer", "netbeheer"]))

        [districts.noord]
        slots = 1

        [funds.wijkfonds]
        start = 20

        [funds.rijksfonds]
        start = 20

        [projects.plein]
        owner = "beheer"
        kind = "beheer"
        district = "noord"
        cost = 30
        """

    @Test func aProjectThatNeverStartsPaysEachFundBack() throws {
        var played = try PlayedGame(Self.game)
        played.must(.plan(role: 0, project: 0, round: 1))
        played.must(.ready(role: 0))
        played.must(.ready(role: 1))
        played.must(.propose(role: 0, proposal: .fundSpending(fund: 0, project: 0, amount: 10)))
        played.must(.propose(role: 0, proposal: .fundSpending(fund: 1, project: 0, amount: 5)))
        played.must(.ready(role: 0))
        played.must(.respond(role: 1, proposal: 1, accept: true))
        played.must(.respond(role: 1, proposal: 2, accept: true))
        played.finishRound()
        #expect(played.game.state.funds == [10, 15])
        #expect(played.game.state.projects[0].fundMoney == 15)
        played.must(.unplan(role: 0, project: 0))
        #expect(played.game.state.funds == [20, 20], "each fund gets its own grant back")
        #expect(played.game.state.projects[0].fundGrants.isEmpty)
    }
}
