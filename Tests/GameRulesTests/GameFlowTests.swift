import GameRules
import Testing

@Suite("Rounds, phases and turns")
struct GameFlowTests {
    @Test func startsInTheFirstInteractivePhase() {
        let game = TestGame.start()
        #expect(game.state.round == 0)
        #expect(game.phase.kind == .planning)
        #expect(game.phase.secret)
        #expect(game.activeRole == 0)
        #expect(game.currentYear == 2025)
        #expect(Game.events(game.openingEvents).contains(.dilemmaOpened(dilemma: 0)))
    }

    @Test func inASecretPhaseEveryRoleNotYetReadyActsAtOnce() {
        var game = TestGame.start()
        #expect(game.phase.secret)
        #expect(game.mayAct(2) && game.mayAct(1) && game.mayAct(0))
        game.must(.ready(role: 2))
        #expect(!game.mayAct(2))
        game.refuses(.ready(role: 2), .alreadyReady)
        #expect(game.candidateActions(for: 2).isEmpty)
        #expect(!game.legalActions(for: 1).isEmpty)
        game.must(.ready(role: 1))
        #expect(game.activeRole == 0)
        game.must(.ready(role: 0))
        #expect(game.phase.kind == .table && !game.phase.secret)
        #expect(game.mayAct(0) && !game.mayAct(1))
    }

    @Test func rolesTakeTurnsAndTheOrderRotatesEachRound() {
        var game = TestGame.start()
        game.must(.ready(role: 0))
        #expect(game.activeRole == 1)
        game.must(.ready(role: 1))
        game.must(.ready(role: 2))
        #expect(game.phase.kind == .table)
        game.refuses(.ready(role: 1), .notYourTurn)
        game.everyoneReady()
        #expect(game.state.round == 1)
        #expect(game.phase.kind == .planning)
        #expect(game.turnOrder == [1, 2, 0])
        #expect(game.activeRole == 1)
    }

    @Test func incomeArrivesAtTheStartOfEachLaterRound() {
        var game = TestGame.start()
        game.everyoneReady()
        game.everyoneReady()
        #expect(game.state.budgets[0] == 110)
        #expect(game.state.budgets[2] == 50, "30 + the scheduled subsidy of 20")
        #expect(game.state.fired[0] == 1)
    }

    @Test func theGameEndsAfterTheLastRound() {
        var game = TestGame.start()
        while !game.isOver { game.everyoneReady() }
        #expect(game.state.outcome == .completed)
        #expect(game.state.round == 3)
        game.refuses(.ready(role: 0), .gameOver)
        game.refuses(.facilitator(.adjustBudget(role: 0, by: 5)), .gameOver)
        game.refuses(.facilitator(.nextPhase), .gameOver)
    }

    @Test func aGameMayLeaveOutPhases() {
        var spec = TestGame.spec
        spec.phases = [PhaseSpec.standard[1], PhaseSpec.standard[4]]
        var game = Game(spec: spec, seed: 1)
        #expect(game.phase.kind == .planning)
        game.must(.plan(role: 0, project: 0, round: 0))
        game.everyoneReady()
        #expect(game.state.projects[0].phase == .running)
    }

    @Test func aRoleThatActsTooOftenCanOnlySayReady() {
        var game = TestGame.start()
        for _ in 0..<(Game.actionLimit / 2) {
            game.must(.plan(role: 0, project: 0, round: 0))
            game.must(.unplan(role: 0, project: 0))
        }
        game.refuses(.plan(role: 0, project: 0, round: 0), .actionLimit)
        #expect(game.legalActions(for: 0) == [.ready(role: 0)])
    }
}
