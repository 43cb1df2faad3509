import GameRules
import Testing

/// A facilitator adjustment never makes a budget, trust or variable infinite or NaN.
@Suite("Facilitator amounts")
struct FacilitatorAmountTests {
    /// One adjustment that must be refused as `non-finite-amount`, after some that are accepted.
    struct Case: CustomStringConvertible, Sendable {
        let name: String
        let accepted: [FacilitatorAction]
        let refused: FacilitatorAction
        var description: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "budget by infinity", accepted: [], refused: .adjustBudget(role: 0, by: .infinity)
        ),
        Case(name: "budget by NaN", accepted: [], refused: .adjustBudget(role: 1, by: .nan)),
        Case(
            name: "budget by 1e308 twice", accepted: [.adjustBudget(role: 0, by: 1e308)],
            refused: .adjustBudget(role: 0, by: 1e308)),
        Case(
            name: "budget by 1e308 after 8e307", accepted: [.adjustBudget(role: 2, by: 8e307)],
            refused: .adjustBudget(role: 2, by: 1e308)),
        Case(
            name: "trust by -infinity", accepted: [],
            refused: .adjustTrust(from: 0, to: 1, by: -.infinity)),
        Case(name: "trust by NaN", accepted: [], refused: .adjustTrust(from: 1, to: 0, by: .nan)),
        Case(
            name: "variable by NaN", accepted: [], refused: .adjustVariable(variable: 0, by: .nan)),
        Case(
            name: "variable by infinity", accepted: [],
            refused: .adjustVariable(variable: 0, by: .infinity)),
    ]

    @Test("a non-finite amount or result is refused and changes nothing", arguments: cases)
    func refused(_ item: Case) {
        var game = TestGame.start()
        for action in item.accepted { game.must(.facilitator(action)) }
        game.refuses(.facilitator(item.refused), .nonFiniteAmount)
        for budget in game.state.budgets { #expect(budget.isFinite) }
        for value in game.state.variables { #expect(value.isFinite) }
    }

    @Test("large finite adjustments are still accepted")
    func largeFinite() {
        var game = TestGame.start()
        game.must(.facilitator(.adjustBudget(role: 0, by: 1e300)))
        game.must(.facilitator(.adjustBudget(role: 0, by: -1e300)))
        game.must(.facilitator(.adjustTrust(from: 0, to: 1, by: 1e300)))
        #expect(game.state.budgets.allSatisfy { $0.isFinite })
    }

    @Test("the rejection names the amount")
    func arguments() {
        let game = TestGame.start()
        var copy = game
        guard
            case .failure(let rejection) = copy.apply(
                .facilitator(.adjustBudget(role: 0, by: .infinity)))
        else {
            Issue.record("an infinite adjustment was accepted")
            return
        }
        #expect(rejection.id == "non-finite-amount")
        #expect(rejection.values == [.money(.infinity)])
    }
}
