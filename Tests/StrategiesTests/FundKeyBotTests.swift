import GameDefinition
import GameRules
import Strategies
import Testing

/// The bots that pay their fair share into funds pay it by the fund's cost-sharing key.
@Suite("Fair shares by the cost-sharing key")
struct FundKeyBotTests {
    static let game = """
        title = "Wijkfonds"
        first_year = 2026
        rounds = 1
        money_steps = [1, 5]

        [roles.beheer]
        brief = "Beheer."
        budget = 100

        [roles.netbeheer]
        brief = "Net."
        budget = 100

        [roles.sociaal]
        brief = "Sociaal."
        budget = 100

        [funds.wijkfonds]
        fair_share = 10
        key = { beheer = 0.5, netbeheer = 0.3, sociaal = 0.2 }
        """

    /// What each role paid into the fund in a whole game of `kind` bots.
    private static func paid(by kind: StrategyKind) throws -> [Int] {
        let spec = try #require(GameDefinitionReader.read(source: game, file: "key.toml").spec)
        final class Tally: @unchecked Sendable { var paid = [0, 0, 0] }
        let tally = Tally()
        _ = Playout(
            spec: spec, seed: 3, strategies: spec.roles.map { _ in kind.make() },
            inspect: { _, action in
                if case .contribute(let role, _, let amount) = action { tally.paid[role] += amount }
            })
        return tally.paid
    }

    @Test(arguments: [StrategyKind.cooperative, .reciprocal])
    func aBotPaysItsShareOfTheKey(_ kind: StrategyKind) throws {
        #expect(try Self.paid(by: kind) == [15, 9, 6])
    }
}
