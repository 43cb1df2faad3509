import Foundation
import GameRules
import Strategies
import Testing

@Suite("Random testing of games")
struct RandomTestTests {
    @Test func theExampleGameIsNotBroken() throws {
        let spec = try #require(ExampleGame.spec)
        let report = RandomTest(spec: spec, games: 60, masterSeed: 3, workers: 2).run()
        #expect(report.games == 60)
        #expect(!report.isBroken, "\(report.lines)")
        #expect(report.actions > 0)
        #expect(report.eventsNeverFired.count < spec.events.count)
    }

    @Test func theReportIsTheSameForAnyNumberOfWorkers() throws {
        let spec = try #require(ExampleGame.spec)
        let one = RandomTest(spec: spec, games: 16, masterSeed: 5, workers: 1).run()
        let two = RandomTest(spec: spec, games: 16, masterSeed: 5, workers: 2).run()
        #expect(one.actions == two.actions)
        #expect(one.eventsNeverFired == two.eventsNeverFired)
        #expect(one.goalsNeverReached == two.goalsNeverReached)
    }

    @Test func aStallIsReported() throws {
        let spec = try #require(ExampleGame.spec)
        let playout = Playout(
            spec: spec, seed: 1,
            strategies: spec.roles.map { _ in StrategyKind.cooperative.make() }, cap: 5)
        #expect(playout.stalled)
        #expect(playout.actions == 5)
        let result = GameResult(index: 0, seed: 1, strategies: [], playout: playout)
        #expect(result.outcome == "stalled")
        #expect(result.winners.isEmpty)
    }

    @Test func invariantsHoldInAFreshGame() throws {
        let spec = try #require(ExampleGame.spec)
        #expect(Invariants.violations(of: Game(spec: spec, seed: 1)).isEmpty)
    }

    @Test(
        "a broken state is reported",
        arguments: [
            ("budgets", "[-5, 100, 90, 30]", "budget of beheer is -5.0"),
            (
                "trust", "[150" + String(repeating: ", 50", count: 15) + "]",
                "trust of beheer in beheer is 150.0"
            ),
            ("funds", "[-1]", "fund wijkfonds is -1.0"),
        ])
    func brokenStates(field: String, value: String, expected: String) throws {
        let spec = try #require(ExampleGame.spec)
        let encoded = try JSONEncoder().encode(Game(spec: spec, seed: 1))
        var object = try #require(
            try JSONSerialization.jsonObject(with: encoded) as? [String: Any])
        var state = try #require(object["state"] as? [String: Any])
        state[field] = try JSONSerialization.jsonObject(with: Data(value.utf8))
        object["state"] = state
        let broken = try JSONDecoder().decode(
            Game.self, from: JSONSerialization.data(withJSONObject: object))
        #expect(Invariants.violations(of: broken).contains(expected))
    }
}
