import GameDefinition
import GameRules
import TestSupport
import Testing

@testable import Strategies

/// The value after a plan or unplan, found from the prepared sums, is the value of the game
/// with it applied, to the last bit, in every game.
@Suite("The own-value baseline equals the value of the changed game")
struct OwnValueBaselineTests {
    /// Every game in `Games/`.
    static let paths = [
        "Games/voorbeeld.toml", "Games/tutorial.toml", "Games/dorpskern.toml",
        "Games/wijken-van-de-toekomst.toml",
    ]

    /// Along random games (every plan and unplan of every few decisions), the baseline's
    /// value after the change equals `ownValue` of the game with the change applied, and
    /// its bounds, where it gives them, hold that value.
    @Test(arguments: paths)
    func aChangeIsValuedAsIfApplied(path: String) throws {
        let spec = try #require(
            GameDefinitionReader.read(
                contentsOf: ExampleGame.root.appendingPathComponent(path).path
            ).spec)
        var compared = 0
        var bounded = 0
        for seed in UInt64(1)...UInt64(TestScale.count(quick: 2, full: 8)) {
            var game = Game(spec: spec, seed: seed)
            var random = SeededGenerator(seed: seed)
            var steps = 0
            while let role = game.activeRole, steps < 2_000 {
                steps += 1
                let decision = Decision(game: game, role: role)
                if steps % 3 == 0 {
                    let owned = Heuristic.ownedProjects(of: role, in: spec)
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
                _ = game.apply(decision.randomLegalAction(using: &random))
            }
        }
        #expect(compared > 0)
        #expect(bounded > 0)
    }
}
