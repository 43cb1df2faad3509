import GameRules
import TestSupport
import Testing

@testable import Strategies

/// Greedy values a proposal as the unchanged game: that holds only while a proposal changes
/// nothing the own value reads, which this checks on every game.
@Suite struct GreedyProposalTests {
    @Test(
        "a legal proposal leaves every role's own value as it was, to the bit",
        arguments: GamePositions.games)
    func proposalsLeaveTheValue(_ path: String) throws {
        let spec = try #require(GamePositions.spec(path))
        var proposals = 0
        GamePositions.walk(
            spec, seeds: TestScale.count(quick: 1, full: 4),
            steps: TestScale.count(quick: 90, full: 1_000),
            bot: { $0 % 2 == 0 ? GreedyStrategy() as any Strategy : CooperativeStrategy() }
        ) { decision, game, step, random in
            let lookahead = decision.lookahead(seed: random.next())
            for base in [game, lookahead] {
                for action in base.legalActions(for: decision.role) {
                    guard case .propose = action else { continue }
                    var after = base
                    guard case .success = after.apply(action) else { continue }
                    proposals += 1
                    for owner in spec.roles.indices {
                        let before = Heuristic.ownValue(base, role: owner).bitPattern
                        #expect(
                            Heuristic.ownValue(after, role: owner).bitPattern == before,
                            "\(path) step \(step): \(action)")
                    }
                }
            }
        }
        #expect(proposals > 0)
    }
}
