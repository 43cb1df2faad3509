import GameRules
import Testing

@Suite("Building trust on purpose: meetings and sharing per project")
struct AcquaintanceTests {
    /// The test game with meetings (trust 4, cost 2) and sharing per project (+1, a
    /// changed plan -3).
    static func game() -> Game {
        var spec = TestGame.spec
        spec.trust.meet = 4
        spec.trust.meetCost = 2
        spec.trust.shareProject = 1
        spec.trust.changeSharedPlan = -3
        spec.roles[1].goals = [
            GoalSpec(
                id: "net", text: "Net verzwaard", condition: TestGame.condition("true"), points: 5),
            GoalSpec(
                id: "geld", text: "Geld over", condition: TestGame.condition("true"), points: 5),
        ]
        return Game(spec: spec, seed: 1)
    }

    @Test func aMeetingCostsALittleRaisesMutualTrustAndRevealsAGoalToTheAskerAlone() {
        var game = Self.game()
        let told = game.must(.meet(role: 0, with: 1))
        #expect(game.state.budgets[0] == 98)
        #expect(game.state.trust(0, 1) == 54)
        #expect(game.state.trust(1, 0) == 54)
        #expect(game.state.trust(0, 2) == 50, "others are not involved")
        #expect(told.contains(ToldEvent(.met(role: 0, with: 1, trust: 4))))
        #expect(told.contains(ToldEvent(.goalRevealed(role: 0, of: 1, goal: 0), to: .role(0))))
        #expect(game.view(for: 0).knownGoals?[1] == [0])
        #expect(game.view(for: 2).knownGoals?[1] == [], "another role learns nothing")
        #expect(game.view(for: 1).knownGoals?[0] == [], "the one met learns nothing")
        #expect(game.view(for: nil).knownGoals?[1] == [0], "the facilitator sees it")
    }

    @Test func eachMeetingRevealsTheNextGoalAndRepeatsOnlyInALaterRound() {
        var game = Self.game()
        game.must(.meet(role: 0, with: 1))
        game.refuses(.meet(role: 0, with: 1), .alreadyMet)
        game.must(.meet(role: 1, with: 0))
        #expect(game.revealedGoals(of: 0, to: 1) == [0])
        while game.state.round == 0 { game.everyoneReady() }
        game.must(.meet(role: 0, with: 1))
        #expect(game.revealedGoals(of: 1, to: 0) == [0, 1])
        while game.state.round == 1 { game.everyoneReady() }
        let told = game.must(.meet(role: 0, with: 1))
        #expect(game.revealedGoals(of: 1, to: 0) == [0, 1], "nothing left to learn")
        #expect(!told.contains { if case .goalRevealed = $0.event { true } else { false } })
    }

    @Test(arguments: [
        (Action.meet(role: 0, with: 0), Rejection.Reason.sameRole),
        (Action.meet(role: 0, with: 9), .unknownRole),
        (Action.shareProject(role: 0, project: 1), .notOwner),
        (Action.shareProject(role: 0, project: 0), .notPlanned),
        (Action.shareProject(role: 0, project: 99), .unknownProject),
    ])
    func refusals(_ action: Action, _ reason: Rejection.Reason) {
        var game = Self.game()
        game.refuses(action, reason)
    }

    @Test func aMeetingTheAskerCannotPayIsRefused() {
        var spec = Self.game().spec
        spec.trust.meetCost = 500
        var game = Game(spec: spec, seed: 1)
        game.refuses(.meet(role: 0, with: 1), .overBudget)
        #expect(!game.legalActions(for: 0).contains(.meet(role: 0, with: 1)))
    }

    @Test func gamesWithoutTheKeysHaveNeitherAction() {
        var game = TestGame.start()
        game.refuses(.meet(role: 0, with: 1), .meetingOff)
        game.must(.plan(role: 0, project: 0, round: 0))
        game.refuses(.shareProject(role: 0, project: 0), .projectSharingOff)
        let legal = game.legalActions(for: 0)
        #expect(!legal.contains { if case .meet = $0 { true } else { false } })
        #expect(!legal.contains { if case .shareProject = $0 { true } else { false } })
    }

    @Test func aSharedPlanIsSeenByAllAndEarnsTrust() {
        var game = Self.game()
        game.must(.plan(role: 0, project: 0, round: 1))
        game.must(.plan(role: 0, project: 4, round: 1))
        game.everyoneReady()
        #expect(game.view(for: 1).projects[0].phase == .idle, "not shared: hidden")
        game.must(.shareProject(role: 0, project: 0))
        game.refuses(.shareProject(role: 0, project: 0), .projectShared)
        #expect(game.state.trust(1, 0) == 51)
        #expect(game.view(for: 1).projects[0].plannedRound == 1)
        #expect(game.view(for: 1).projects[4].phase == .idle, "only that plan is shown")
    }

    @Test func changingOrDroppingASharedPlanCostsTrust() {
        var game = Self.game()
        game.must(.plan(role: 0, project: 0, round: 2))
        game.must(.shareProject(role: 0, project: 0))
        let moved = game.must(.plan(role: 0, project: 0, round: 3))
        #expect(moved.contains(ToldEvent(.sharedPlanChanged(role: 0, project: 0))))
        #expect(game.state.trust(1, 0) == 48, "+1 shared, -3 moved")
        game.must(.unplan(role: 0, project: 0))
        #expect(game.state.trust(2, 0) == 45, "-3 again when dropped")
        #expect(!game.state.projects[0].shared, "a dropped plan is no longer shown")
        game.must(.plan(role: 0, project: 0, round: 2))
        #expect(game.state.trust(2, 0) == 45, "planning it anew is no change of a shared plan")
    }

    @Test func aPlanSharedWithAllPlansAlsoCostsTrustWhenChanged() {
        var game = Self.game()
        game.must(.plan(role: 0, project: 0, round: 2))
        game.must(.share(role: 0))
        game.must(.plan(role: 0, project: 0, round: 3))
        #expect(game.state.trust(1, 0) == 49, "share +2, moved -3")
    }
}
