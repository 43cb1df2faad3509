import GameRules
import Testing

@Suite("Couplings, joint projects and graafrust")
struct CouplingTests {

    @Test func anAgreedCouplingSplitsTheCostAfterTheSaving() {
        var game = TestGame.bothPlanned()
        let told = game.must(.propose(role: 0, proposal: .coupling(0)))
        #expect(Game.events(told) == [.proposed(proposal: 1)])
        #expect(game.state.proposals[0].concerned == [1])
        game.must(.ready(role: 0))
        game.must(.respond(role: 1, proposal: 1, accept: true))
        game.everyoneReady()
        #expect(game.state.couplingMade == [true])
        #expect(game.state.couplingMissed == [false])
        // (40 + 30 - 10) split 40:30, then 10% back for the shared opening, then income.
        #expect(same(game.state.budgets[0], 100 - 60.0 * 40 / 70 + 4 + 10))
        #expect(same(game.state.budgets[1], 80 - 60.0 * 30 / 70 + 3))
        #expect(game.state.trust(0, 1) == 54, "joint work +5, then drift -1")
    }

    @Test func aRefusedCouplingIsNotMadeAndCostsTheRefuserSomeTrust() {
        var game = TestGame.bothPlanned()
        game.must(.propose(role: 0, proposal: .coupling(0)))
        game.must(.ready(role: 0))
        game.must(.respond(role: 1, proposal: 1, accept: false))
        #expect(game.state.trust(0, 1) == 49)
        let told = game.everyoneReady()
        #expect(Game.events(told).contains(.proposalRejected(proposal: 1)))
        #expect(game.state.couplingMade == [false])
        #expect(game.state.couplingMissed == [true])
    }

    @Test func couplingProposalsNeedPlansInOneRoundAndEnoughTrust() {
        var game = TestGame.start()
        game.must(.plan(role: 0, project: 0, round: 0))
        game.everyoneReady()
        game.refuses(.propose(role: 0, proposal: .coupling(0)), .notPlanned)
        game.refuses(.propose(role: 2, proposal: .coupling(0)), .notYourTurn)
        var low = TestGame.bothPlanned()
        low.must(.facilitator(.adjustTrust(from: 1, to: 0, by: -25)))
        low.refuses(.propose(role: 0, proposal: .coupling(0)), .trustTooLow)
    }

    @Test func aJointProjectSplitsItsCostByItsKeyOnceThePartnerAgrees() {
        var game = TestGame.start()
        game.must(.ready(role: 0))
        game.must(.ready(role: 1))
        game.must(.facilitator(.adjustBudget(role: 2, by: -20)))
        game.refuses(.plan(role: 2, project: 2, round: 0), .overBudget)
        game.must(.facilitator(.adjustBudget(role: 2, by: 20)))
        game.must(.plan(role: 2, project: 2, round: 0))
        game.must(.ready(role: 2))
        game.must(.ready(role: 0))
        game.must(.ready(role: 1))
        game.must(.propose(role: 2, proposal: .jointProject(2)))
        #expect(game.activeRole == 2, "the proposer keeps the keyboard")
        game.must(.ready(role: 2))
        #expect(game.activeRole == 0, "then beheer, who was done, gets a turn to answer")
        game.must(.respond(role: 0, proposal: 1, accept: true))
        game.everyoneReady()
        #expect(game.state.jointAgreed[2])
        #expect(game.state.projects[2].phase == .done)
        #expect(game.state.budgets[2] == 30 - 10 + 20, "half of 20, plus the subsidy")
        #expect(game.state.budgets[0] == 100 - 10 + 10)
        #expect(game.sharedScore == 5, "zuid.leefbaarheid reached 60")
    }

    @Test func openingAStreetDuringGraafrustCostsTrustAndNuisance() {
        var game = TestGame.start()
        game.must(.ready(role: 0))
        game.must(.plan(role: 1, project: 1, round: 0))
        game.everyoneReady()
        game.everyoneReady()
        // The work in noord ended with 2025: graafrust holds 2026-2027.
        #expect(game.state.graafrustUntil[0] == 2)
        game.everyoneReady()
        game.everyoneReady()
        game.must(.ready(role: 2))
        game.must(.plan(role: 0, project: 4, round: 2))
        let trustBefore = game.state.trust(1, 0)
        game.everyoneReady()
        game.everyoneReady()
        #expect(game.state.openings.last?.breach == true)
        #expect(game.state.trust(1, 0) == trustBefore - 5 + 1, "breach -5, drift +1 towards 50")
    }

    @Test func reopeningTheYearAfterWorkEndedBreaksGraafrust() {
        var game = TestGame.start()
        game.must(.plan(role: 0, project: 0, round: 1))
        game.must(.ready(role: 0))
        game.must(.plan(role: 1, project: 1, round: 0))
        game.everyoneReady()
        game.everyoneReady()
        #expect(game.state.projects[1].phase == .done)
        game.everyoneReady()
        game.everyoneReady()
        let reopening = game.state.openings.last
        #expect(reopening?.round == 1)
        #expect(reopening?.projects == [0])
        #expect(reopening?.breach == true, "the street closed after 2025; 2026 is graafrust")
    }

    @Test func aCouplingWithAProjectForcedByAnEventCanStillBeMade() throws {
        var game = TestGame.start()
        game.must(.plan(role: 0, project: 0, round: 0))
        game.must(.ready(role: 0))
        game.must(.plan(role: 1, project: 1, round: 0))
        game.must(.ready(role: 1))
        game.must(.ready(role: 2))
        game.must(.facilitator(.inject(event: TestGame.forcingEvent)))
        #expect(game.state.projects[0].phase == .running, "the burst forced the sewer to start")
        let paidAlone = game.state.projects[0].paid
        #expect(paidAlone == 40)
        game.must(.propose(role: 0, proposal: .coupling(0)))
        game.must(.ready(role: 0))
        game.must(.respond(role: 1, proposal: 1, accept: true))
        game.everyoneReady()
        #expect(game.state.couplingMade == [true])
        #expect(game.state.couplingMissed == [false])
        #expect(game.state.openings.filter { $0.round == 0 }.map(\.projects) == [[0, 1]])
    }
}
