import GameRules
import Testing

@Suite("Earmarked money")
struct EarmarkTests {
    /// The test game with `amount` of beheer's money (budget 100, income 10) earmarked for
    /// `kind` every year.
    static func game(amount: Double = 15, kind: ProjectSpec.Kind = .beheer) -> Game {
        var spec = TestGame.spec
        spec.roles[0].earmark = EarmarkSpec(kind: kind, amount: amount)
        return Game(spec: spec, seed: 1)
    }

    /// One year of the test game: what beheer does in its planning turn, then the year closes.
    struct YearCase: CustomTestStringConvertible, Sendable {
        let name: String
        let kind: ProjectSpec.Kind
        var amount: Double = 15
        let actions: [Action]
        let lapsed: Double
        let budget: Double
        var testDescription: String { name }
    }

    static let years: [YearCase] = [
        YearCase(
            name: "nothing spent: the whole earmark lapses", kind: .beheer, actions: [],
            lapsed: 15, budget: 100 - 15 + 10),
        YearCase(
            name: "a project of the kind spends it", kind: .beheer,
            actions: [.plan(role: 0, project: 0, round: 0)], lapsed: 0, budget: 100 - 40 + 10),
        YearCase(
            name: "a project of another kind does not", kind: .transitie,
            actions: [.plan(role: 0, project: 0, round: 0)], lapsed: 15,
            budget: 100 - 40 - 15 + 10),
        YearCase(
            name: "free money paid away leaves the earmark whole", kind: .beheer,
            actions: [.transfer(role: 0, to: 2, amount: 85)], lapsed: 15, budget: 10),
        YearCase(
            name: "what the kind did not use of a larger earmark lapses", kind: .beheer,
            amount: 50, actions: [.plan(role: 0, project: 0, round: 0)], lapsed: 10,
            budget: 100 - 40 - 10 + 10),
    ]

    @Test(arguments: years)
    func aYearCloses(_ year: YearCase) {
        var game = Self.game(amount: year.amount, kind: year.kind)
        for action in year.actions { game.must(action) }
        game.everyoneReady()
        let told = game.everyoneReady()
        #expect(game.state.lapsed?[0] == year.lapsed)
        #expect(same(game.state.budgets[0], year.budget))
        #expect(
            game.earmarked(0) == min(year.amount, year.budget),
            "the new year earmarks it again, at most the budget")
        let lapses = told.filter {
            if case .earmarkLapsed = $0.event { return true } else { return false }
        }
        #expect(
            lapses
                == (year.lapsed > 0
                    ? [ToldEvent(.earmarkLapsed(role: 0, amount: year.lapsed), to: .role(0))] : []))
    }

    @Test func earmarkedMoneyCannotBePaidAway() {
        var game = Self.game()
        game.refuses(.transfer(role: 0, to: 2, amount: 86), .earmarkedMoney)
        game.refuses(.contribute(role: 0, fund: 0, amount: 90), .earmarkedMoney)
        #expect(!game.legalActions(for: 0).contains(.transfer(role: 0, to: 2, amount: 86)))
        game.must(.transfer(role: 0, to: 2, amount: 85))
        #expect(game.state.budgets[0] == 15 && game.earmarked(0) == 15)
    }

    @Test func theEarmarkIsNeverMoreThanTheBudget() {
        var game = Self.game(amount: 150)
        #expect(game.earmarked(0) == 100, "at most the starting budget")
        game.must(.facilitator(.adjustBudget(role: 0, by: -70)))
        #expect(game.earmarked(0) == 30)
    }

    @Test func noMoneyIsEarmarkedAfterTheLastYear() {
        var spec = TestGame.spec
        spec.roles[0].earmark = EarmarkSpec(kind: .beheer, amount: 15, lastRound: 1)
        var game = Game(spec: spec, seed: 1)
        game.everyoneReady()
        game.everyoneReady()
        #expect(game.earmarked(0) == 15, "the second year still has its earmark")
        game.everyoneReady()
        game.everyoneReady()
        #expect(game.state.lapsed?[0] == 15)
        #expect(game.earmarked(0) == 0, "none after the last year")
        game.everyoneReady()
        game.everyoneReady()
        #expect(game.state.lapsed?[0] == 0, "nothing left to lapse")
        #expect(same(game.state.budgets[0], 100 + 30 - 30))
    }

    @Test func onlyTheOwnerSeesItsEarmark() {
        let game = Self.game()
        #expect(game.view(for: 0).earmarked == [15, nil, nil])
        #expect(game.view(for: 1).earmarked == [nil, 0, nil], "its own, without an earmark")
        #expect(game.view(for: nil).earmarked == [15, 0, 0])
        #expect(TestGame.start().view(for: 0).earmarked == nil, "no earmarks, no field")
        #expect(TestGame.start().state.earmarked == nil)
    }

    @Test func aGuessAtTheGameDoesNotKnowWhatOthersSpent() {
        var game = Self.game()
        game.must(.facilitator(.adjustBudget(role: 0, by: -90)))
        #expect(game.earmarked(0) == 10)
        #expect(game.determinized(for: 1, seed: 3).earmarked(0) == 15, "a guess: all unspent")
        #expect(game.determinized(for: 0, seed: 3).earmarked(0) == 10, "its own, as it is")
    }

    @Test func theYearSnapshotSaysWhatLapsed() {
        var game = Self.game()
        game.everyoneReady()
        let told = game.everyoneReady()
        let snapshot = told.compactMap { event -> YearSnapshot? in
            if case .yearReviewed(let snapshot) = event.event {
                return snapshot
            } else {
                return nil
            }
        }
        #expect(snapshot.first?.lapsed == [15, 0, 0])
    }
}
