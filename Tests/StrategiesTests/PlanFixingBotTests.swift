import GameDefinition
import GameRules
import Testing

@testable import Strategies

/// Cooperative and reciprocal bots couple plans before they are fixed, and weigh the
/// surcharge for a coupling with a fixed plan against what the coupling saves them.
@Suite("Bots and fixed plans")
struct PlanFixingBotTests {
    /// Beheer's sewer (30) and netbeheer's cable (10), both digging, coupled to save 10; plans
    /// fixed `before` years ahead, coupling a fixed plan costing `surcharge`.
    static func spec(before: Int, surcharge: Int) throws -> GameSpec {
        let source = TwoRoleCouplingGame.source(
            title: "Vastgesteld", rounds: 5, earliestStart: 2028, cableCost: 10, saving: 10,
            extra: """
                [[roles.beheer.goals]]
                id = "riool"
                text = "Riool"
                when = "done(riool)"
                points = 10

                [plans]
                fixed_before = \(before)
                late_coupling_surcharge = \(surcharge)
                """)
        return try #require(GameDefinitionReader.read(source: source, file: "v.toml").spec)
    }

    @Test(arguments: [StrategyKind.cooperative, .reciprocal])
    func cooperatorsCoupleBeforeThePlansAreFixed(_ kind: StrategyKind) throws {
        let spec = try Self.spec(before: 2, surcharge: 50)
        let playout = Playout(spec: spec, seed: 5, strategies: spec.roles.map { _ in kind.make() })
        #expect(playout.game.state.couplingMade == [true], "made while no plan was fixed yet")
    }

    /// The game in 2027 at the table: both plans (for 2028) fixed at the review of 2026, and
    /// netbeheer has proposed the coupling; beheer is to answer.
    static func lateProposal(surcharge: Int) throws -> Game {
        var game = Game(spec: try spec(before: 2, surcharge: surcharge), seed: 1)
        func act(_ action: Action) {
            if case .failure(let rejection) = game.apply(action) {
                Issue.record("refused \(action): \(rejection.id)")
            }
        }
        act(.plan(role: 0, project: 0, round: 2))
        act(.ready(role: 0))
        act(.plan(role: 1, project: 1, round: 2))
        while game.state.round == 0, let role = game.activeRole { act(.ready(role: role)) }
        while game.phase.secret, let role = game.activeRole { act(.ready(role: role)) }
        #expect(game.isFixed(0) && game.isFixed(1))
        act(.propose(role: 1, proposal: .coupling(0)))
        act(.ready(role: 1))
        #expect(game.activeRole == 0)
        return game
    }

    /// Beheer's part of the saving is 10 × 30/40 = 7.5, and the shared trench gives back
    /// 0.1 × 30 = 3 on its sewer: 10.5 in all.
    @Test(arguments: [
        (surcharge: 10, accepts: true), (surcharge: 11, accepts: false),
    ])
    func aCooperatorAcceptsALateCouplingOnlyWhenItStillSaves(surcharge: Int, accepts: Bool)
        throws
    {
        let game = try Self.lateProposal(surcharge: surcharge)
        for kind in [StrategyKind.cooperative, .reciprocal] {
            var bot = kind.make()
            var random = SeededGenerator(seed: 1)
            let action = bot.choose(Decision(game: game, role: 0), using: &random)
            #expect(action == .respond(role: 0, proposal: 1, accept: accepts), "\(kind)")
        }
    }

    @Test func theSurchargeCountsOnlyForTheBotsOwnFixedPlans() throws {
        let game = try Self.lateProposal(surcharge: 4)
        let spec = game.spec
        #expect(PlanFixingPolicy.surcharge(0, role: 0, spec: spec, view: game.view(for: 0)) == 4)
        #expect(PlanFixingPolicy.surcharge(0, role: 1, spec: spec, view: game.view(for: 1)) == 4)
        #expect(
            !PlanFixingPolicy.worthCoupling(0, role: 1, spec: spec, view: game.view(for: 1)),
            "netbeheer's part, 2.5 + 1, is less than 4: it would not have proposed")
        #expect(PlanFixingPolicy.worthCoupling(0, role: 0, spec: spec, view: game.view(for: 0)))
        let early = Game(spec: spec, seed: 1)
        #expect(PlanFixingPolicy.surcharge(0, role: 0, spec: spec, view: early.view(for: 0)) == 0)
    }
}
