import TestSupport
import Testing

@testable import GameRules
@testable import Strategies

/// A view kept from one decision to the next and updated in place (as a table of bots does)
/// is the view built from scratch, on every game and for every viewer.
@Suite struct KeptViewTests {
    @Test("an updated view equals the fresh one at every decision", arguments: GamePositions.games)
    func updatedEqualsFresh(_ path: String) throws {
        let spec = try #require(GamePositions.spec(path))
        let viewers: [Int?] = spec.roles.indices.map { $0 } + [nil]
        var kept: [RoleView?] = viewers.map { _ in nil }
        // One view passed from viewer to viewer: every field must be rewritten, not kept.
        var wandering = RoleView.blank
        GamePositions.walk(
            spec, seeds: TestScale.count(quick: 1, full: 4),
            steps: TestScale.count(quick: 150, full: 2_000), bot: { _ in CooperativeStrategy() }
        ) { _, game, step, _ in
            for (slot, viewer) in viewers.enumerated() {
                let fresh = game.view(for: viewer)
                var view = kept[slot].take() ?? fresh
                game.updateView(&view, for: viewer)
                #expect(view == fresh, "\(path) step \(step) viewer \(String(describing: viewer))")
                view.dropSharedState()
                kept[slot] = view
            }
            let viewer = viewers[step % viewers.count]
            game.updateView(&wandering, for: viewer)
            #expect(wandering == game.view(for: viewer), "\(path) step \(step), passed on")
        }
    }

    @Test("a decision that reuses a kept view sees what a fresh decision sees")
    func decisionReusesAView() throws {
        let spec = try #require(GamePositions.spec("Games/voorbeeld.toml"))
        var kept: [RoleView?] = spec.roles.map { _ in nil }
        GamePositions.walk(
            spec, seeds: 1, steps: 300, bot: { _ in ReciprocalStrategy() }
        ) { decision, game, step, _ in
            let role = decision.role
            let reusing = Decision(game: game, role: role, reusing: kept[role].take())
            #expect(reusing.view == decision.view, "step \(step)")
            kept[role] = reusing.viewToKeep()
            // What is kept shares nothing with the game's state, so the game copies nothing.
            #expect(kept[role]?.history.isEmpty == true && kept[role]?.proposals.isEmpty == true)
        }
    }

    @Test("a copied view keeps its values when the original changes")
    func copiesAreValues() throws {
        let spec = try #require(GamePositions.spec("Games/voorbeeld.toml"))
        let game = Game(spec: spec, seed: 3)
        var view = game.view(for: 0)
        let copy = view
        view.round += 1
        view.projects[0].phase = .done
        view.budgets[0] = -1
        #expect(copy == game.view(for: 0))
        #expect(view != copy)
        #expect(view.round == copy.round + 1 && copy.projects[0].phase != .done)
    }
}
