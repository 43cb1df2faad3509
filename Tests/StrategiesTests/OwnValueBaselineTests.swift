import GameDefinition
import GameRules
import TestSupport
import Testing

@testable import Strategies

/// The value after a plan or unplan, found from the prepared sums, is the value of the game
/// with it applied, to the last bit, in every game.
@Suite("The own-value baseline equals the value of the changed game")
struct OwnValueBaselineTests {
    /// Along random games (every plan and unplan of every few decisions), the baseline's
    /// value after the change equals `ownValue` of the game with the change applied, and
    /// its bounds, where it gives them, hold that value.
    @Test(arguments: GamePositions.games)
    func aChangeIsValuedAsIfApplied(path: String) throws {
        let spec = try #require(GamePositions.spec(path))
        var compared = 0
        var bounded = 0
        GamePositions.walk(
            spec, seeds: TestScale.count(quick: 1, full: 8),
            steps: TestScale.count(quick: 1_000, full: 2_000),
            bot: { _ in RandomStrategy(readyChance: 0) }
        ) { decision, game, step, _ in
            guard step % 3 == 0 else { return }
            let role = decision.role
            let owned = spec.ownedProjects(of: role)
            var baseline = OwnValueBaseline(game, role: role, owned: owned)
            #expect(baseline.value == Heuristic.ownValue(game, role: role))
            for action in decision.legalActions {
                let change: (project: Int, phase: ProjectPhase, round: Int?)
                switch action {
                case .plan(_, let project, let round): change = (project, .planned, round)
                case .unplan(_, let project): change = (project, .idle, nil)
                default: continue
                }
                var applied = game
                guard case .success = applied.apply(action) else { continue }
                let exact = Heuristic.ownValue(applied, role: role)
                let bounds = baseline.bounds(
                    planning: change.project, phase: change.phase, round: change.round)
                #expect(bounds?.contains(exact) ?? true)
                if bounds != nil { bounded += 1 }
                #expect(
                    baseline.value(
                        planning: change.project, phase: change.phase, round: change.round)
                        == exact)
                compared += 1
            }
        }
        #expect(compared > 0)
        #expect(bounded > 0)
    }
}
