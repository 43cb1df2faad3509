import GameRules
import Testing

/// A coupling spends a role's earmark only for the share of its own projects of the
/// earmarked kind, as a single start spends it only for a project of that kind.
@Suite("Earmarked money in a coupling")
struct EarmarkCouplingTests {
    /// The test game with beheer's sewer (40, beheer), netbeheer's cable (30) and beheer's
    /// houses (20, ontwikkeling) coupled to save 10; `amount` of beheer's money is earmarked
    /// for `kind`.
    static func game(amount: Double, kind: ProjectSpec.Kind) -> Game {
        var spec = TestGame.spec
        spec.roles[0].earmark = EarmarkSpec(kind: kind, amount: amount)
        spec.couplings = [
            CouplingSpec(id: "drie", name: "Drie in een sleuf", projects: [0, 1, 4], saving: 10)
        ]
        return Game(spec: spec, seed: 1)
    }

    struct SplitCase: CustomTestStringConvertible, Sendable {
        let name: String
        let kind: ProjectSpec.Kind
        let amount: Double
        /// What of the earmark lapses at the review of the year the coupling is made.
        let lapsed: Double
        var testDescription: String { name }
    }

    /// The coupled cost, 90 − 10 = 80, is split by the work: the sewer 40/90 × 80 = 35.56,
    /// the houses 20/90 × 80 = 17.78; beheer pays 53.33 in all.
    static let splits: [SplitCase] = [
        SplitCase(
            name: "only the sewer's share comes from a beheer earmark", kind: .beheer,
            amount: 50, lapsed: 50 - 80.0 * 40 / 90),
        SplitCase(
            name: "only the houses' share from an ontwikkeling earmark", kind: .ontwikkeling,
            amount: 50, lapsed: 50 - 80.0 * 20 / 90),
        SplitCase(
            name: "an earmark smaller than the share is spent whole", kind: .beheer, amount: 20,
            lapsed: 0),
        SplitCase(
            name: "an earmark for a kind not in the coupling is not touched", kind: .transitie,
            amount: 50, lapsed: 50),
    ]

    @Test(arguments: splits)
    func theCouplingSpendsTheEarmarkPerProject(_ item: SplitCase) {
        var game = Self.game(amount: item.amount, kind: item.kind)
        // Money enough that the earmark is never cut to the budget.
        game.must(.facilitator(.adjustBudget(role: 0, by: 100)))
        game.must(.plan(role: 0, project: 0, round: 1))
        game.must(.plan(role: 0, project: 4, round: 1))
        game.must(.ready(role: 0))
        game.must(.plan(role: 1, project: 1, round: 1))
        game.must(.ready(role: 1))
        game.must(.ready(role: 2))
        game.must(.propose(role: 0, proposal: .coupling(0)))
        game.must(.ready(role: 0))
        game.must(.respond(role: 1, proposal: 1, accept: true))
        while game.state.round < 2, !game.isOver { game.everyoneReady() }
        #expect(game.state.couplingMade == [true])
        #expect(same(game.state.lapsed?[0] ?? -1, item.lapsed), "lapsed \(game.state.lapsed ?? [])")
    }
}
