import GameRules
import TestSupport
import Testing

@testable import Strategies

/// Greedy values proposals, sharing, promises, meetings and payments on the unchanged game,
/// with the budget a payment leaves: that holds only while none of them changes anything
/// else the own value reads, which this checks on every game.
@Suite struct GreedyShortcutTests {
    @Test(
        "a legal move valued without making it has the value of the game it makes, to the bit",
        arguments: GamePositions.games)
    func shortcutsKeepTheValue(_ path: String) throws {
        let spec = try #require(GamePositions.spec(path))
        var moves: [String: Int] = [:]
        GamePositions.walk(
            spec, seeds: TestScale.count(quick: 1, full: 4),
            steps: TestScale.count(quick: 90, full: 1_000),
            bot: { $0 % 2 == 0 ? GreedyStrategy() as any Strategy : CooperativeStrategy() }
        ) { decision, game, step, random in
            let role = decision.role
            let owned = spec.ownedProjects(of: role)
            let lookahead = decision.lookahead(seed: random.next())
            for base in [game, lookahead] {
                for action in base.legalActions(for: role) {
                    switch action {
                    case .propose, .share, .commit, .shareProject, .meet, .contribute, .transfer:
                        break
                    default:
                        continue
                    }
                    var after = base
                    guard case .success = after.apply(action) else { continue }
                    moves["\(action)".prefix { $0 != "(" }.description, default: 0] += 1
                    let left = base.budget(afterPaying: action)
                    let budget = left ?? base.state.budgets[role]
                    let shortcut = Heuristic.ownValue(
                        base, role: role, owned: owned, budget: budget)
                    #expect(
                        Heuristic.ownValue(after, role: role).bitPattern == shortcut.bitPattern,
                        "\(path) step \(step): \(action)")
                    guard left == nil else { continue }
                    // A move that pays nothing leaves every role's value as it was.
                    for owner in spec.roles.indices {
                        #expect(
                            Heuristic.ownValue(after, role: owner).bitPattern
                                == Heuristic.ownValue(base, role: owner).bitPattern,
                            "\(path) step \(step): \(action), role \(owner)")
                    }
                }
            }
        }
        #expect(moves["propose", default: 0] > 0 && moves["contribute", default: 0] > 0, "\(moves)")
    }
}
