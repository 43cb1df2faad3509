import GameRules
import TestSupport
import Testing

@testable import Strategies

/// An action is a candidate exactly when the candidates list it, and `Decision.allows`
/// answers alone what the list of legal actions answers.
@Suite struct CandidateShapeTests {
    @Test(
        "isCandidate is membership of the candidates, and allows of the legal actions",
        arguments: GamePositions.games)
    func shapeAndLegalityFollowTheLists(_ path: String) throws {
        let spec = try #require(GamePositions.spec(path))
        var asked = 0
        var legalFound = 0
        GamePositions.walk(
            spec, seeds: TestScale.count(quick: 1, full: 4),
            steps: TestScale.count(quick: 300, full: 800),
            bot: { $0 % 2 == 0 ? CooperativeStrategy() as any Strategy : RandomStrategy() }
        ) { decision, game, step, random in
            guard step % 3 == 0 else { return }
            let candidates = Set(game.candidateActions(for: decision.role))
            let legal = Set(decision.legalActions)
            // The turn, asked once, and the shape, asked per action, make the same list:
            // sharing is listed exactly when the role may take any action but `ready`.
            let role = decision.role
            #expect(game.mayTakeAction(role) == candidates.contains(.share(role: role)))
            for candidate in candidates where candidate != .ready(role: role) {
                #expect(game.hasCandidateShape(candidate), "\(candidate)")
            }
            // A fresh decision, which has not listed its legal actions, checks each alone.
            let alone = Decision(game: game, role: decision.role)
            let asking = (0..<40).map { _ in Self.action(spec, game, role: decision.role, &random) }
            for action in asking + Array(candidates) {
                let listed =
                    action.role == decision.role
                    ? candidates.contains(action)
                    : Set(game.candidateActions(for: action.role ?? -1)).contains(action)
                #expect(game.isCandidate(action) == listed, "\(action)")
                #expect(alone.allows(action) == legal.contains(action), "\(action)")
                #expect(decision.allows(action) == legal.contains(action), "\(action)")
                asked += 1
                if legal.contains(action) { legalFound += 1 }
            }
        }
        #expect(asked > 0 && legalFound > 0)
    }

    @Test("nobody's action is a candidate when it is not their turn or the game is paused")
    func onlyTheRoleWhoseTurnItIs() throws {
        let spec = try #require(GamePositions.spec("Games/voorbeeld.toml"))
        var game = Game(spec: spec, seed: 5)
        let active = try #require(game.activeRole)
        let waiting = spec.roles.indices.filter { !game.mayAct($0) }
        for role in waiting {
            #expect(!game.isCandidate(.ready(role: role)) && !game.isCandidate(.share(role: role)))
        }
        #expect(game.isCandidate(.share(role: active)))
        _ = game.apply(.facilitator(.pause(true)))
        #expect(!game.isCandidate(.share(role: active)) && !game.isCandidate(.ready(role: active)))
        #expect(!game.isCandidate(.facilitator(.pause(false))))
    }

    @Test("a role that used every action of the phase may only say ready")
    func theActionLimitLeavesReady() throws {
        let spec = try #require(GamePositions.spec("Games/voorbeeld.toml"))
        var game = Game(spec: spec, seed: 5)
        let active = try #require(game.activeRole)
        var taken = 0
        while game.mayTakeAction(active), taken < Game.actionLimit + 5 {
            let action = try #require(
                game.legalActions(for: active).last { $0 != .ready(role: active) })
            #expect((try? game.apply(action).get()) != nil, "\(action)")
            taken += 1
        }
        #expect(taken == Game.actionLimit)
        #expect(game.legalActions(for: active) == [.ready(role: active)])
        #expect(!game.isCandidate(.share(role: active)) && game.isCandidate(.ready(role: active)))
        let decision = Decision(game: game, role: active)
        #expect(!decision.allowsCandidate(.share(role: active)) && decision.pendingDilemma == nil)
        #expect(decision.allowsCandidate(.ready(role: active)))
    }

    /// An action of any kind, its numbers drawn around the game's ranges (some out of them).
    static func action(_ spec: GameSpec, _ game: Game, role: Int, _ random: inout SeededGenerator)
        -> Action
    {
        func pick(_ count: Int) -> Int { random.below(count + 2) - 1 }
        let steps = spec.moneySteps
        let amount = random.below(4) == 0 ? random.below(200) : steps[random.below(steps.count)]
        let round = game.state.round + random.below(6) - 1
        let who = random.below(4) == 0 ? pick(spec.roles.count) : role
        let proposals: [ProposalKind] = [
            .coupling(pick(spec.couplings.count)), .jointProject(pick(spec.projects.count)),
            .fundSpending(
                fund: pick(spec.funds.count), project: pick(spec.projects.count), amount: amount),
            .form(pick(spec.forms.count)), .agreement(pick(spec.agreements.count)), .coordinator,
            .programme, .programmeCoupling(coupling: pick(spec.couplings.count), round: round),
        ]
        let kinds: [Action] = [
            .ready(role: who), .share(role: who),
            .plan(role: who, project: pick(spec.projects.count), round: round),
            .unplan(role: who, project: pick(spec.projects.count)),
            .commit(role: who, project: pick(spec.projects.count)),
            .contribute(role: who, fund: pick(spec.funds.count), amount: amount),
            .transfer(role: who, to: pick(spec.roles.count), amount: amount),
            .propose(role: who, proposal: proposals[random.below(proposals.count)]),
            .respond(
                role: who, proposal: pick(game.state.proposals.count + 1),
                accept: random.below(2) == 0),
            .choose(
                role: who, dilemma: pick(spec.dilemmas.count),
                option: pick(spec.dilemmas.first?.options.count ?? 1)),
            .meet(role: who, with: pick(spec.roles.count)),
            .shareProject(role: who, project: pick(spec.projects.count)),
        ]
        return kinds[random.below(kinds.count)]
    }
}
