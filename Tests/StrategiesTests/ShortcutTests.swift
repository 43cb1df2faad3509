import GameRules
import TestSupport
import Testing

@testable import Strategies

/// The strategies' shortcuts for speed give what the plain computation gives, at every
/// decision of random games of the example game.
@Suite("Strategy shortcuts equal the plain computation")
struct ShortcutTests {
    /// Plays random games of the example game; `body` sees each game and decision before
    /// the random action is applied.
    static func randomDecisions(
        games: Int = TestScale.count(quick: 3, full: 12), _ body: (Game, Decision) -> Void
    ) throws {
        let spec = try #require(ExampleGame.spec)
        for seed in UInt64(1)...UInt64(games) {
            var game = Game(spec: spec, seed: seed)
            var random = SeededGenerator(seed: seed)
            var steps = 0
            while let role = game.activeRole, steps < 400 {
                let decision = Decision(game: game, role: role)
                body(game, decision)
                _ = game.apply(decision.randomLegalAction(using: &random))
                steps += 1
            }
        }
    }

    /// The value after a plan or unplan, computed in place, is the value of the game with it
    /// applied, and the game's legal actions say whether it applies; the value over the
    /// listed own projects is the plain value.
    @Test func aPlanIsValuedAsIfApplied() throws {
        var plans = 0
        try Self.randomDecisions { game, decision in
            let role = decision.role
            let owned = game.spec.ownedProjects(of: role)
            var baseline = OwnValueBaseline(game, role: role, owned: owned)
            #expect(
                Heuristic.ownValue(game, role: role, owned: owned)
                    == Heuristic.ownValue(game, role: role))
            #expect(baseline.value == Heuristic.ownValue(game, role: role))
            let onGame = Set(game.legalActions(for: role))
            for action in decision.legalActions {
                let planning: (project: Int, phase: ProjectPhase, round: Int?)
                switch action {
                case .plan(_, let project, let round): planning = (project, .planned, round)
                case .unplan(_, let project): planning = (project, .idle, nil)
                default: continue
                }
                var applied = game
                let accepted = applied.apply(action)
                #expect(onGame.contains(action) == ((try? accepted.get()) != nil))
                guard case .success = accepted else { continue }
                let inPlace = baseline.value(
                    planning: planning.project, phase: planning.phase, round: planning.round)
                #expect(inPlace == Heuristic.ownValue(applied, role: role))
                plans += 1
            }
        }
        #expect(plans > 50)
    }

    /// `allows` answers as a search of the legal actions does, for legal and refused
    /// candidates alike.
    @Test func allowsIsMembershipOfTheLegalActions() throws {
        try Self.randomDecisions(games: 3) { game, decision in
            let legal = decision.legalActions
            for action in game.candidateActions(for: decision.role) {
                #expect(decision.allows(action) == legal.contains(action))
            }
        }
    }
}

/// The flat flags of plans answer as the list does.
@Suite("Planning moves equal membership of the list")
struct PlanningMovesTests {
    /// For every candidate of every role (the decision's own and the others'), whether it is
    /// flagged is whether the decision's list of legal actions holds it, when it is a plan
    /// or unplan.
    @Test func flagsArePlansInTheList() throws {
        var plans = 0
        try ShortcutTests.randomDecisions { game, decision in
            let legal = decision.legalActions
            let moves = PlanningMoves(
                legal, role: decision.role, projects: game.spec.projects.count,
                rounds: game.spec.rounds)
            var asked = game.spec.roles.indices.flatMap { game.candidateActions(for: $0) }
            asked += [
                .plan(role: decision.role, project: 0, round: game.spec.rounds),
                .plan(role: decision.role, project: 0, round: -1),
                .unplan(role: decision.role, project: game.spec.projects.count),
            ]
            for action in asked {
                switch action {
                case .plan, .unplan:
                    #expect(moves.contains(action) == legal.contains(action))
                    plans += 1
                default:
                    continue
                }
            }
        }
        #expect(plans > 100)
    }
}
