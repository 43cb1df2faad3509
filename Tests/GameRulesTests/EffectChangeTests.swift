import Testing

@testable import GameRules

/// Effects tell the changes they made from the arrays their targets name: what they tell
/// equals what a comparison of the whole state before and after finds.
@Suite("Effects tell exactly the changes of the whole state")
struct EffectChangeTests {
    /// Effect lists, one target kind each and mixed (a `*` trust effect changes many pairs).
    static let lists: [[String]] = [
        ["budget(sociaal) -= 25"],
        ["budget(beheer) += 7", "budget(beheer) -= 7"],
        ["fund(wijkfonds) += 12"],
        ["trust(sociaal, beheer) -= 15"],
        ["trust(*, netbeheer) += 9"],
        ["score(netbeheer) += 3"],
        ["draagvlak -= 7", "noord.riool = 40"],
        ["nuisance(noord) += 2"],
        ["nuisance(zuid) += 1", "budget(netbeheer) -= 500"],
        [
            "budget(sociaal) += 20", "fund(wijkfonds) -= 3", "trust(beheer, *) -= 4",
            "score(sociaal) += 2", "zuid.leefbaarheid += 10",
        ],
    ]

    /// What effects tell, found by keeping the whole state and comparing every told array.
    static func toldPlainly(_ game: Game, _ effects: [Effect]) -> [ToldEvent] {
        let before = game.state
        var after = game
        after.applyEffects(effects)
        var told: [ToldEvent] = []
        for (role, value) in after.state.budgets.enumerated() where value != before.budgets[role] {
            told.append(
                after.change(.budget(role: role, before: before.budgets[role], after: value)))
        }
        for (fund, value) in after.state.funds.enumerated() where value != before.funds[fund] {
            told.append(after.change(.fund(fund: fund, before: before.funds[fund], after: value)))
        }
        let roles = game.spec.roles.count
        for (index, value) in after.state.trust.enumerated() where value != before.trust[index] {
            told.append(
                after.change(
                    .trust(
                        from: index / roles, to: index % roles, before: before.trust[index],
                        after: value)))
        }
        for (role, value) in after.state.points.enumerated() where value != before.points[role] {
            let score = after.score(of: role)
            told.append(
                after.change(
                    .score(role: role, before: score - value + before.points[role], after: score))
            )
        }
        for (index, value) in after.state.variables.enumerated()
        where value != before.variables[index] {
            told.append(
                after.change(
                    .variable(variable: index, before: before.variables[index], after: value)))
        }
        return told
    }

    /// At every step of random games, every list tells what the plain comparison finds, and
    /// leaves the same game.
    @Test func effectsTellWhatTheWholeStateComparisonFinds() {
        let lists = Self.lists.map { $0.map(TestGame.effect) }
        var changes = 0
        CachedComputationTests.randomGames { game, _ in
            for effects in lists {
                var fast = game
                var told: [ToldEvent] = []
                fast.applyEffects(effects, telling: &told)
                let plain = Self.toldPlainly(game, effects)
                #expect(told == plain)
                var plainGame = game
                plainGame.applyEffects(effects)
                #expect(fast == plainGame)
                changes += told.count
            }
        }
        #expect(changes > 1000)
    }
}
