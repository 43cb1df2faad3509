import GameRules
import Testing

/// What the table must see, and rules that play found wrong (issue 10), in the rules core.
@Suite("What the table sees, in the rules")
struct TableFindingsTests {
    @Test func anEventTellsWhatItChangedToWhoMaySeeIt() {
        var game = TestGame.start()
        let before = game.state.budgets[2]
        let told = game.must(.facilitator(.inject(event: 0)))
        let changes = told.compactMap { told -> (StateChange, Audience)? in
            guard case .changed(let change) = told.event else { return nil }
            return (change, told.audience)
        }
        #expect(changes.count == 1)
        #expect(changes.first?.0 == .budget(role: 2, before: before, after: before + 20))
        #expect(changes.first?.1 == .role(2), "a budget is told to its own role only")
    }

    @Test func aCouplingMadeSaysWhatItSavedAndWhoPaid() throws {
        var game = TestGame.bothPlanned()
        game.must(.propose(role: 0, proposal: .coupling(0)))
        game.must(.ready(role: 0))
        game.must(.respond(role: 1, proposal: 1, accept: true))
        let told = game.everyoneReady()
        let made = told.compactMap { told -> ([Double], Double)? in
            guard case .couplingMade(0, let paid, let saved) = told.event else { return nil }
            return (paid, saved)
        }
        let (paid, saved) = try #require(made.first)
        #expect(paid.count == 2)
        #expect(same(paid.reduce(0, +), 60), "(40 + 30) less the saving of 10")
        #expect(same(saved, 10), "apart it would have cost 70")
    }

    @Test func goalsAreJudgedAfterNuisanceFades() {
        var spec = TestGame.spec
        spec.sharedGoals.append(
            GoalSpec(
                id: "rustig", text: "Weinig hinder",
                condition: TestGame.condition("nuisance(noord) < 8"),
                points: 3))
        var game = Game(spec: spec, seed: 1)
        game.must(.ready(role: 0))
        game.must(.plan(role: 1, project: 1, round: 0))
        game.everyoneReady()
        game.everyoneReady()
        #expect(game.state.round == 1)
        #expect(game.state.nuisance[0] == 5, "one opening of 10, halved at the review")
        #expect(game.state.sharedGoalsReached.last == true, "judged on the 5 the table sees")
    }

    @Test func aPlanThatCanNoLongerStartIsDroppedAndItsOwnerTold() throws {
        var spec = TestGame.spec
        spec.districts[0].slots = 1
        spec.projects[4].slots = 1
        var game = Game(spec: spec, seed: 1)
        game.must(.plan(role: 0, project: 4, round: 1))
        game.must(.ready(role: 0))
        game.must(.plan(role: 1, project: 1, round: 0))
        game.must(.ready(role: 1))
        game.must(.ready(role: 2))
        let told = game.everyoneReady()
        #expect(game.state.projects[4].phase == .idle, "taken off the schedule")
        #expect(game.state.projects[4].plannedRound == nil)
        let dropped = try #require(
            told.first {
                if case .planDropped(4, _) = $0.event { return true }
                return false
            })
        #expect(dropped.audience == .role(0))
        guard case .planDropped(_, let reason) = dropped.event else { return }
        #expect(reason.reason == .noUndergroundSpace)
        #expect(reason.values == [.district(0)])
    }
}
