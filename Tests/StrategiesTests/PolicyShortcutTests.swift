import GameRules
import TestSupport
import Testing

@testable import Strategies

/// The rules the cooperation policy leans on to skip work: it never tries a plan more than
/// `Game.planAhead` rounds ahead or outside the project's earliest and latest
/// start, and never checks a coupling proposal that `CooperationPolicy.mayPropose` rules
/// out. Each holds wherever the rules are asked.
@Suite struct PolicyShortcutTests {
    @Test(
        "no plan beyond planAhead or outside its starts is allowed; mayPropose holds for allowed couplings",
        arguments: GamePositions.games)
    func shortcutsSkipOnlyRefusedActions(_ path: String) throws {
        let spec = try #require(GamePositions.spec(path))
        var plansAsked = 0
        var couplingsAllowed = 0
        var outsideAsked = 0
        var wrong: [String] = []
        GamePositions.walk(
            spec, seeds: TestScale.count(quick: 2, full: 6),
            steps: TestScale.count(quick: 250, full: 1_000),
            bot: { $0 % 2 == 0 ? CooperativeStrategy() as any Strategy : RandomStrategy() }
        ) { decision, game, _, _ in
            let role = decision.role
            let now = game.state.round
            // A fresh decision checks each action alone, as the planner's first asks do.
            let alone = Decision(game: game, role: role)
            for project in spec.projects.indices where spec.projects[project].owner == role {
                for ahead in (Game.planAhead + 1)...(Game.planAhead + 3)
                where now + ahead < spec.rounds {
                    let plan = Action.plan(role: role, project: project, round: now + ahead)
                    if alone.allows(plan) || decision.allows(plan) { wrong.append("\(plan)") }
                    plansAsked += 1
                }
                let earliest = spec.projects[project].earliestStart
                let latest = spec.projects[project].latestStart ?? spec.rounds
                for round in now...(now + Game.planAhead)
                where round < earliest || round > latest {
                    let plan = Action.plan(role: role, project: project, round: round)
                    if alone.allows(plan) || decision.allows(plan) { wrong.append("\(plan)") }
                    outsideAsked += 1
                }
            }
            let view = decision.view
            for coupling in spec.couplings.indices {
                let propose = Action.propose(role: role, proposal: .coupling(coupling))
                guard decision.allows(propose) else { continue }
                couplingsAllowed += 1
                if !CooperationPolicy.mayPropose(coupling, role: role, spec: spec, view: view) {
                    wrong.append("\(propose)")
                }
            }
        }
        #expect(wrong.isEmpty, "\(wrong.count) actions, first \(wrong.prefix(3))")
        if spec.rounds > Game.planAhead + 1 { #expect(plansAsked > 0) }
        if spec.projects.contains(where: { $0.earliestStart > 0 || $0.latestStart != nil }) {
            #expect(outsideAsked > 0)
        }
        if !spec.couplings.isEmpty { #expect(couplingsAllowed > 0) }
    }
}
