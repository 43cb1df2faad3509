import GameRules
import Testing

@Suite("Planning projects")
struct PlanningTests {
    @Test func planningIsToldOnlyToThePlannerInASecretPhase() {
        var game = TestGame.start()
        let told = game.must(.plan(role: 0, project: 0, round: 0))
        #expect(told == [ToldEvent(.planned(role: 0, project: 0, round: 0), to: .role(0))])
        #expect(game.state.projects[0].phase == .planned)
        #expect(game.state.projects[0].plannedRound == 0)
        #expect(game.view(for: 1).projects[0].phase == .idle, "hidden from netbeheer")
        #expect(game.view(for: nil).projects[0].phase == .planned, "the facilitator sees all")
    }

    @Test func refusedPlansLeaveTheGameUntouched() {
        var game = TestGame.start()
        game.refuses(.plan(role: 0, project: 1, round: 0), .notOwner)
        game.refuses(.plan(role: 0, project: 4, round: 0), .tooEarly)
        game.refuses(.plan(role: 0, project: 4, round: 3), .tooLate)
        game.refuses(.plan(role: 0, project: 9, round: 0), .unknownProject)
        game.refuses(.unplan(role: 0, project: 0), .notPlanned)
        game.must(.plan(role: 0, project: 0, round: 0))
        game.refuses(.plan(role: 0, project: 0, round: 0), .alreadyPlanned)
        game.must(.ready(role: 0))
        game.refuses(.plan(role: 1, project: 3, round: 1), .noUndergroundSpace)
        game.must(.ready(role: 1))
        game.must(.facilitator(.adjustBudget(role: 2, by: -15)))
        game.refuses(.plan(role: 2, project: 2, round: 0), .overBudget)
    }

    @Test func aPlannedProjectStartsPaysAndCompletes() {
        var game = TestGame.start()
        game.must(.plan(role: 0, project: 0, round: 0))
        game.everyoneReady()
        game.everyoneReady()
        #expect(game.state.projects[0].phase == .running)
        #expect(game.state.budgets[0] == 70, "100 - 40 + income 10")
        #expect(game.state.projects[0].remaining == 1)
        game.everyoneReady()
        game.everyoneReady()
        #expect(game.state.projects[0].phase == .done)
        #expect(game.state.variables[0] == 100)
        #expect(game.state.goalsReached[0] == [true])
        #expect(game.score(of: 0) == 10)
    }

    @Test func aProjectWithoutMoneyDoesNotStartAndIsToldSo() {
        var game = TestGame.start()
        game.must(.ready(role: 0))
        game.must(.plan(role: 1, project: 1, round: 0))
        game.must(.ready(role: 1))
        game.must(.ready(role: 2))
        game.must(.transfer(role: 0, to: 2, amount: 20))
        game.must(.ready(role: 0))
        game.must(.transfer(role: 1, to: 0, amount: 60))
        var told: [ToldEvent] = []
        told += game.must(.ready(role: 1))
        told += game.must(.ready(role: 2))
        let blocked = Game.events(told).compactMap { event -> Rejection? in
            guard case .projectCouldNotStart(1, let reason) = event else { return nil }
            return reason
        }
        #expect(blocked.map(\.reason) == [.overBudget])
        guard case .money(let cost) = blocked.first?.values.first,
            case .money(let budget) = blocked.first?.values[1]
        else {
            Issue.record("the refusal names the cost and the budget")
            return
        }
        #expect(cost > budget, "the refusal says what it costs and what there is")
        #expect(game.state.projects[1].phase == .idle)
    }

    @Test func aProjectPastItsLatestStartFailsAndAMissedDeadlineHasItsEffect() {
        var game = TestGame.start()
        for _ in 0..<3 { game.everyoneReady(); game.everyoneReady() }
        #expect(game.state.projects[4].phase == .failed)
        while !game.isOver { game.everyoneReady() }
        #expect(game.state.projects[4].deadlineMissed)
    }

    @Test func diggingAtTheSameTimeWithoutAnAgreementOpensTheStreetTwice() {
        var game = TestGame.bothPlanned()
        game.everyoneReady()
        #expect(
            game.state.openings == [
                Opening(district: 0, round: 0, projects: [0], breach: false),
                Opening(district: 0, round: 0, projects: [1], breach: false),
            ])
        #expect(game.state.budgets[0] == 100 - 40 + 10, "full cost, then income")
        #expect(game.state.budgets[1] == 80 - 30)
        #expect(game.state.nuisance[0] == 10, "two openings of 10, halved at the review")
        #expect(game.state.couplingMissed == [true], "they dug apart without agreeing")
    }

    @Test func aGameMayLetWorksShareATrenchWithoutAnAgreement() {
        var spec = TestGame.spec
        spec.digging.sharedWithoutAgreement = true
        var game = Game(spec: spec, seed: 1)
        game.must(.plan(role: 0, project: 0, round: 0))
        game.must(.ready(role: 0))
        game.must(.plan(role: 1, project: 1, round: 0))
        game.must(.ready(role: 1))
        game.must(.ready(role: 2))
        game.everyoneReady()
        #expect(
            game.state.openings == [
                Opening(district: 0, round: 0, projects: [0, 1], breach: false)
            ])
        #expect(game.state.budgets[0] == 100 - 40 + 4 + 10)
        #expect(game.state.budgets[1] == 80 - 30 + 3)
        #expect(game.state.nuisance[0] == 5, "one opening of 10, halved at the review")
        #expect(game.state.couplingMissed == [false], "they shared one trench")
    }
}
