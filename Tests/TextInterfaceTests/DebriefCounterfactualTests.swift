import ExecBots
import GameRules
import Strategies
import Testing

@testable import TextInterface

/// The counterfactual's numbers are those of separate playouts of the same game and seed.
@Suite("Debrief counterfactual")
struct DebriefCounterfactualTests {
    @Test("each alternative equals its own Playout; the table's play is the recorded game")
    func equalsPlayouts() throws {
        let seed: UInt64 = 23
        let seats: [Int: StrategyChoice] = [1: .sectoral, 3: .greedy]
        var setup = try Fixtures.setup(seed: seed, bots: seats)
        let roles = setup.spec.roles.count
        let table = Playout(
            spec: setup.spec, seed: seed,
            strategies: (0..<roles).map { (seats[$0] ?? .reciprocal).make() })
        setup.actions = table.table.record.actions
        let report = DebriefReport(setup: setup, language: .nl)
        let counterfactual = try #require(report.counterfactual)
        #expect(counterfactual.plays.map(\.kind) == [.table, .cooperative, .sectoral, .lineup])
        let lineups: [[StrategyChoice]] = [
            Array(repeating: .cooperative, count: roles),
            Array(repeating: .sectoral, count: roles),
            (0..<roles).map { seats[$0] ?? .cooperative },
        ]
        let games =
            [table.game]
            + lineups.map {
                Playout(spec: setup.spec, seed: seed, strategies: $0.map { $0.make() }).game
            }
        for (play, game) in zip(counterfactual.plays, games) {
            #expect(play.sharedScore == game.sharedScore, "\(play.kind)")
            #expect(
                play.scores == game.spec.roles.indices.map { game.score(of: $0) }, "\(play.kind)")
            #expect(play.fired == game.state.fired, "\(play.kind)")
            #expect(play.finished == game.isOver, "\(play.kind)")
        }
        for difference in counterfactual.differences {
            let index = try #require(setup.spec.events.firstIndex { $0.id == difference.id })
            #expect(difference.fired == games.map { $0.state.fired[index] })
            #expect(Set(difference.fired).count > 1)
        }
        let same = setup.spec.events.indices.filter { event in
            Set(games.map { $0.state.fired[event] }).count == 1
        }
        #expect(counterfactual.differences.count == setup.spec.events.count - same.count)
    }
}
