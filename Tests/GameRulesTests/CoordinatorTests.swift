import GameRules
import Testing

/// The independent process coordinator: paid jointly, no vote, and what it does at the table.
@Suite("The independent process coordinator")
struct CoordinatorTests {
    @Test func itIsPaidFromItsFundFirstAndTheRestInEqualParts() {
        var game = InstrumentGame.start()
        game.must(.contribute(role: 0, fund: 0, amount: 4))
        let before = game.state.budgets
        let told = InstrumentGame.agree(&game, .coordinator)
        #expect(game.hasCoordinator)
        #expect(Game.events(told).contains(.processCoordinatorPaid(amount: 6, fromFund: 4)))
        #expect(game.state.funds[0] == 0)
        #expect(same(game.state.budgets[1], before[1] - 2.0 / 3))
        #expect(game.state.form == 0, "it works in any form and changes no decision rule")
    }

    @Test func itGivesAHotPotatoOneMoreRoundOnce() {
        var without = InstrumentGame.start()
        InstrumentGame.agree(&without)
        let defaulted = InstrumentGame.agree(&without)
        #expect(Game.events(defaulted).contains(.dilemmaDefaulted(dilemma: 0)))

        var game = InstrumentGame.start()
        InstrumentGame.agree(&game, .coordinator)
        let extended = InstrumentGame.agree(&game)
        #expect(Game.events(extended).contains(.dilemmaExtended(dilemma: 0, deadline: 2)))
        #expect(game.state.dilemmas[0].isOpen)
        let burnt = InstrumentGame.agree(&game)
        #expect(Game.events(burnt).contains(.dilemmaDefaulted(dilemma: 0)), "only once")
    }

    @Test func itSoftensTheTrustLostOnARefusal() {
        var spec = InstrumentGame.spec
        spec.trust.refusal = -4
        spec.trust.drift = 0
        var game = InstrumentGame.start(spec)
        InstrumentGame.agree(&game, .coordinator)
        game.everyoneReady()
        let proposer = game.activeRole ?? 0
        let refuser = (proposer + 1) % 3
        let before = game.state.trust(proposer, refuser)
        game.must(.propose(role: proposer, proposal: .form(1)))
        game.must(.ready(role: proposer))
        game.must(.respond(role: refuser, proposal: 1, accept: false))
        #expect(same(game.state.trust(proposer, refuser), before - 2), "half of -4")
    }

    @Test func itShowsEveryoneThePlansOfCouplingsNotYetMade() {
        for hired in [false, true] {
            var game = InstrumentGame.start()
            InstrumentGame.agree(&game, hired ? .coordinator : .agreement(0))
            game.must(.plan(role: 0, project: 0, round: 3))
            game.everyoneReady()
            #expect(game.seesPlan(of: 0, by: 1) == hired, "the coupling's sewer plan")
            #expect(game.view(for: 2).projects[0].plannedRound == (hired ? 3 : nil))
            #expect(game.couplingCandidates == (hired ? [0] : []))
            #expect(!game.seesPlan(of: 4, by: 1) || !hired, "no other plan is shown")
        }
    }
}
