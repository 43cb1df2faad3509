import GameRules
import Testing

@Suite("Events, forms, funds and the facilitator")
struct EventsAndFormsTests {
    @Test func aConditionalRandomEventFiresTheSameWayForTheSameSeed() {
        func firedStorms(seed: UInt64) -> (Int, ProjectPhase) {
            var game = TestGame.start(seed: seed)
            while !game.isOver { game.everyoneReady() }
            return (game.state.fired[1], game.state.projects[0].phase)
        }
        let results = (1...40).map { firedStorms(seed: UInt64($0)) }
        #expect(results.map(\.0) == (1...40).map { firedStorms(seed: UInt64($0)).0 })
        #expect(
            results.contains { $0.0 == 1 } && results.contains { $0.0 == 0 }, "chance 0.5 both ways"
        )
        for (fired, phase) in results where fired == 1 {
            #expect(phase == .running || phase == .done, "the storm forces the sewer work to start")
        }
    }

    @Test func aFormChangeNeedsEveryoneAndTakesEffectNextRound() {
        var game = TestGame.start()
        game.everyoneReady()
        game.refuses(.propose(role: 0, proposal: .form(0)), .alreadyInForm)
        game.refuses(.propose(role: 0, proposal: .form(2)), .trustTooLow)
        game.must(.propose(role: 0, proposal: .form(1)))
        game.must(.ready(role: 0))
        game.must(.respond(role: 1, proposal: 1, accept: true))
        game.must(.ready(role: 1))
        game.must(.respond(role: 2, proposal: 1, accept: true))
        game.must(.ready(role: 2))
        #expect(game.state.form == 1)
        #expect(game.state.round == 1)
        game.everyoneReady()
        game.everyoneReady()
        #expect(game.state.budgets[2] == 50 - 2, "each pays a third of the coordinator's 6")
    }

    @Test func aFormFallsBackWhenGroupTrustDropsBelowItsMinimum() {
        var game = TestGame.start()
        game.everyoneReady()
        game.must(.propose(role: 0, proposal: .form(1)))
        game.everyoneReady()
        #expect(game.state.form == 0, "unanswered: a form change needs everyone")
        game.must(.propose(role: 1, proposal: .form(1)))
        game.must(.ready(role: 1))
        game.must(.respond(role: 2, proposal: 1, accept: true))
        game.must(.ready(role: 2))
        game.must(.respond(role: 0, proposal: 1, accept: true))
        game.must(.ready(role: 0))
        game.everyoneReady()
        #expect(game.state.form == 1)
        for from in 0..<3 {
            for to in 0..<3 where from != to {
                game.must(.facilitator(.adjustTrust(from: from, to: to, by: -30)))
            }
        }
        game.everyoneReady()
        game.everyoneReady()
        #expect(game.state.form == 0)
    }

    @Test func fundMoneyIsContributedAndSpentByAgreement() {
        var game = TestGame.start()
        game.must(.contribute(role: 0, fund: 0, amount: 20))
        game.refuses(.contribute(role: 0, fund: 0, amount: 0), .invalidAmount)
        game.refuses(.contribute(role: 0, fund: 0, amount: 500), .overBudget)
        game.must(.ready(role: 0))
        game.must(.ready(role: 1))
        game.must(.plan(role: 2, project: 2, round: 1))
        game.must(.ready(role: 2))
        game.must(.ready(role: 0))
        game.refuses(
            .propose(role: 1, proposal: .fundSpending(fund: 0, project: 2, amount: 10)), .notOwner)
        game.must(.ready(role: 1))
        game.refuses(
            .propose(role: 2, proposal: .fundSpending(fund: 0, project: 2, amount: 30)),
            .fundTooSmall)
        game.must(.propose(role: 2, proposal: .fundSpending(fund: 0, project: 2, amount: 20)))
        #expect(game.activeRole == 2, "the proposer keeps the keyboard")
        game.must(.ready(role: 2))
        game.must(.respond(role: 0, proposal: 1, accept: true))
        game.must(.ready(role: 0))
        game.must(.respond(role: 1, proposal: 1, accept: true))
        game.everyoneReady()
        #expect(game.state.funds == [0])
        #expect(game.state.projects[2].fundMoney == 20)
        game.everyoneReady()
        game.everyoneReady()
        #expect(game.state.projects[2].phase == .done)
        #expect(game.state.budgets[2] == 50, "the fund paid it all")
    }

    @Test func facilitatorActionsAreActionsAndPauseStopsPlay() {
        var game = TestGame.start()
        game.must(.facilitator(.pause(true)))
        game.refuses(.ready(role: 0), .paused)
        #expect(game.legalActions(for: 0).isEmpty)
        game.must(.facilitator(.pause(false)))
        game.must(.facilitator(.adjustVariable(variable: 3, by: 50)))
        #expect(game.state.variables[3] == 100, "clamped to the bound")
        game.must(.facilitator(.adjustTrust(from: 0, to: 1, by: -80)))
        #expect(game.state.trust(0, 1) == 0)
        game.refuses(.facilitator(.adjustTrust(from: 0, to: 0, by: 1)), .sameRole)
        game.refuses(.facilitator(.inject(event: 7)), .unknownEvent)
        game.must(.facilitator(.inject(event: 1)))
        #expect(game.state.projects[0].phase == .running)
        game.must(.facilitator(.nextPhase))
        #expect(game.phase.kind == .table)
    }

    @Test func aCollectiveLossEndsTheGameForEveryone() {
        var game = TestGame.start()
        game.must(.facilitator(.adjustVariable(variable: 3, by: -45)))
        game.everyoneReady()
        game.everyoneReady()
        #expect(game.state.outcome == .collectiveLoss)
        #expect(game.sharedScore == 0)
    }
}
