import Foundation
import GameRules
import Testing

@Suite("Plans that become fixed (vastgesteld)")
struct PlanFixingTests {
    /// The test game (2025-2028) whose plans are fixed `before` years before they start, a
    /// late coupling costing `surcharge` per fixed plan.
    static func game(before: Int = 2, surcharge: Double = 3) -> Game {
        var spec = TestGame.spec
        spec.planFixing = PlanFixingSpec(fixedBefore: before, lateCouplingSurcharge: surcharge)
        return Game(spec: spec, seed: 1)
    }

    /// Everyone says ready until the year `round` has begun.
    static func playUntil(_ round: Int, _ game: inout Game) {
        while game.state.round < round, !game.isOver { game.everyoneReady() }
    }

    /// Plans riool_noord (beheer) and kabel_noord (netbeheer) in the first year's planning
    /// for `round`, and lets the phase end.
    static func bothPlanned(for round: Int, _ game: inout Game) {
        game.must(.plan(role: 0, project: 0, round: round))
        game.must(.ready(role: 0))
        game.must(.plan(role: 1, project: 1, round: round))
        game.must(.ready(role: 1))
        game.must(.ready(role: 2))
    }

    /// When a plan made in the first year is fixed.
    struct FixingCase: CustomTestStringConvertible, Sendable {
        let before: Int
        let start: Int
        /// The review (round) that fixes it, or nil when it starts unfixed.
        let fixedAt: Int?
        var testDescription: String {
            "fixed_before \(before), start \(2025 + start): "
                + (fixedAt.map { "fixed at the review of \(2025 + $0)" } ?? "never fixed")
        }
    }

    static let fixing: [FixingCase] = [
        FixingCase(before: 1, start: 1, fixedAt: 0),
        FixingCase(before: 1, start: 2, fixedAt: 1),
        FixingCase(before: 1, start: 3, fixedAt: 2),
        FixingCase(before: 2, start: 1, fixedAt: 0),
        FixingCase(before: 2, start: 2, fixedAt: 0),
        FixingCase(before: 2, start: 3, fixedAt: 1),
        FixingCase(before: 3, start: 3, fixedAt: 0),
        FixingCase(before: 1, start: 0, fixedAt: nil),
    ]

    @Test(arguments: fixing)
    func aPlanIsFixedAtTheReviewItsStartSays(_ item: FixingCase) {
        var game = Self.game(before: item.before)
        game.must(.plan(role: 0, project: 0, round: item.start))
        #expect(!game.isFixed(0), "not while the year it was made in is under way")
        #expect(game.fixingRound(of: 0) == item.fixedAt)
        for round in 0..<max(1, item.start) {
            Self.playUntil(round + 1, &game)
            let fixed = item.fixedAt.map { $0 <= round } ?? false
            if item.start > round {
                #expect(game.isFixed(0) == fixed, "after the review of \(2025 + round)")
                #expect(game.state.projects[0].fixedSince == (fixed ? item.fixedAt : nil))
            }
        }
        let status = game.state.projects[0]
        #expect(status.phase == .running || status.plannedRound == item.start)
    }

    @Test func aFixedPlanCannotBeMovedOrDroppedButCanBePromised() {
        var game = Self.game(before: 2, surcharge: 3)
        game.must(.plan(role: 0, project: 0, round: 2))
        game.must(.plan(role: 0, project: 0, round: 3))
        game.must(.plan(role: 0, project: 0, round: 2))
        Self.playUntil(1, &game)
        #expect(game.isFixed(0))
        let move = Action.plan(role: 0, project: 0, round: 3)
        game.refuses(move, .planFixed)
        game.refuses(.unplan(role: 0, project: 0), .planFixed)
        #expect(
            game.check(move)?.values == [.project(0), .round(0), .round(2), .money(3)],
            "when it was fixed, when it starts, and what coupling it still costs")
        #expect(!game.legalActions(for: 0).contains(move))
        game.must(.commit(role: 0, project: 0))
        game.must(.plan(role: 0, project: 4, round: 2))
        game.must(.unplan(role: 0, project: 4))
    }

    @Test func aGameWithoutTheRuleNeverFixesAPlan() {
        var game = TestGame.start()
        game.must(.plan(role: 0, project: 0, round: 3))
        Self.playUntil(3, &game)
        #expect(game.state.projects[0].fixedSince == nil && !game.isFixed(0))
        #expect(game.fixingRound(of: 0) == nil)
    }

    @Test func everyoneSeesAFixedPlanEvenWhilePlanningInSecret() {
        var game = Self.game(before: 2)
        game.must(.plan(role: 0, project: 0, round: 3))
        game.must(.plan(role: 0, project: 4, round: 2))
        #expect(game.view(for: 1).projects[4].phase == .idle, "planned in secret")
        Self.playUntil(1, &game)
        #expect(game.phase.secret)
        let seen = game.view(for: 1)
        #expect(seen.projects[4].phase == .planned && seen.projects[4].fixedSince == 0)
        #expect(seen.projects[0].phase == .idle, "the plan for 2028 is not fixed yet")
        #expect(game.view(for: 0).projects[0].fixedSince == nil)
    }

    /// What coupling two plans costs, by which of them is fixed and what each owner has.
    struct SurchargeCase: CustomTestStringConvertible, Sendable {
        let name: String
        /// Whether beheer's and netbeheer's plans are fixed when the coupling is proposed.
        let fixedPlans: Bool
        /// Money taken from beheer (0) and netbeheer (1) before the proposal.
        var taken: [Double] = [0, 0]
        /// The refusal of the proposal by beheer, or of netbeheer's yes, if any.
        var proposalRefused: Rejection.Reason? = nil
        var acceptRefused: Rejection.Reason? = nil
        /// What each pays in surcharge.
        let paid: [Double]
        var testDescription: String { name }
    }

    static let surcharges: [SurchargeCase] = [
        SurchargeCase(
            name: "coupled before the plans are fixed: no surcharge", fixedPlans: false,
            paid: [0, 0]),
        SurchargeCase(
            name: "coupled after: each owner pays for its fixed plan", fixedPlans: true,
            paid: [3, 3]),
        SurchargeCase(
            name: "a proposer who cannot pay is refused", fixedPlans: true, taken: [108, 0],
            proposalRefused: .overBudget, paid: [0, 0]),
        SurchargeCase(
            name: "a partner who cannot pay cannot say yes", fixedPlans: true, taken: [0, 78],
            acceptRefused: .overBudget, paid: [0, 0]),
    ]

    @Test(arguments: surcharges)
    func aLateCouplingCostsTheOwnersOfFixedPlans(_ item: SurchargeCase) {
        var game = Self.game(before: 2, surcharge: 3)
        Self.bothPlanned(for: 2, &game)
        if item.fixedPlans {
            Self.playUntil(1, &game)
            game.everyoneReady()  // planning: now at the table
        }
        #expect(game.lateCouplingSurcharge(0, for: 0) == (item.fixedPlans ? 3 : 0))
        #expect(game.lateCouplingSurcharge(0, for: 2) == 0)
        for (role, amount) in item.taken.enumerated() where amount > 0 {
            game.must(.facilitator(.adjustBudget(role: role, by: -amount)))
        }
        let before = game.state.budgets
        while game.activeRole != 0 { game.must(.ready(role: game.activeRole ?? 0)) }
        let fromBeheer = Action.propose(role: 0, proposal: .coupling(0))
        if let reason = item.proposalRefused {
            game.refuses(fromBeheer, reason)
            return
        }
        game.must(fromBeheer)
        game.must(.ready(role: 0))
        while game.activeRole != 1 { game.must(.ready(role: game.activeRole ?? 0)) }
        if let reason = item.acceptRefused {
            game.refuses(.respond(role: 1, proposal: 1, accept: true), reason)
            game.must(.respond(role: 1, proposal: 1, accept: false))
        } else {
            game.must(.respond(role: 1, proposal: 1, accept: true))
        }
        // The table ends; the decision settles the proposal, and the year closes with income.
        let told = game.everyoneReady()
        let charged = told.compactMap { told -> Double? in
            if case .lateCouplingSurcharge(0, _, let amount) = told.event { return amount }
            return nil
        }
        #expect(charged == item.paid.filter { $0 > 0 })
        #expect(game.state.couplingAgreed[0] == (item.acceptRefused == nil))
        for role in 0..<2 {
            let expected = before[role] - item.paid[role] + game.spec.roles[role].income
            #expect(same(game.state.budgets[role], expected), "the budget of role \(role)")
        }
    }

    @Test func theSurchargeIsShownInTheProposalBeforeItIsAccepted() {
        var game = Self.game(before: 2, surcharge: 3)
        Self.bothPlanned(for: 2, &game)
        #expect(game.lateCouplingSurcharge(0, for: 1) == 0, "not fixed yet")
        Self.playUntil(1, &game)
        #expect(game.isFixed(0) && game.isFixed(1))
        #expect(game.lateCouplingSurcharge(0, for: 0) == 3)
        #expect(game.lateCouplingSurcharge(0, for: 1) == 3)
    }

    @Test func aGameWithFixedPlansSurvivesJSONAndReplaysToTheSameState() throws {
        var game = Self.game(before: 2, surcharge: 3)
        var record = GameRecord(definitionHash: "test", seed: 1)
        func play(_ action: Action) {
            game.must(action)
            record.actions.append(action)
        }
        play(.plan(role: 0, project: 0, round: 2))
        play(.ready(role: 0))
        play(.plan(role: 1, project: 1, round: 2))
        while game.state.round < 1 { play(.ready(role: game.activeRole ?? 0)) }
        #expect(game.isFixed(0) && game.isFixed(1))
        let data = try JSONEncoder().encode(game)
        #expect(try JSONDecoder().decode(Game.self, from: data) == game)
        let saved = try JSONDecoder().decode(
            GameRecord.self, from: try JSONEncoder().encode(record))
        var replayed = Game(spec: game.spec, seed: saved.seed)
        for action in saved.actions { replayed.must(action) }
        #expect(replayed == game)
    }

    @Test func aSavedProjectWithoutTheFieldStillLoads() throws {
        var status = ProjectState()
        status.phase = .planned
        status.plannedRound = 2
        let written = try JSONEncoder().encode(status)
        #expect(
            !String(decoding: written, as: UTF8.self).contains("fixedSince"),
            "an unfixed project writes what it always wrote")
        #expect(try JSONDecoder().decode(ProjectState.self, from: written) == status)
    }
}
