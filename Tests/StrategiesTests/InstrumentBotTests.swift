import GameDefinition
import GameRules
import Testing

@testable import Strategies

/// Which bots use the table's instruments: cooperative and reciprocal ones sign agreements
/// whose fee they can bear and hire the coordinator while couplings are open; sectoral ones
/// never do, and an agreement they would have to sign fails on their refusal.
@Suite("Bots and the instruments")
struct InstrumentBotTests {
    static let game = TwoRoleCouplingGame.source(
        title: "Afspraken", rounds: 4, earliestStart: 2028, cableCost: 20, saving: 5,
        extra: """
            [agreements.intentie]
            min_trust = 45
            fee = 4
            share_plans = true

            [agreements.convenant]
            after = "intentie"
            min_trust = 50
            fee = 10
            graafrust = 3
            coordinator = true

            [agreements.duur]
            after = "convenant"
            fee = 200

            [coordinator]
            cost = 2
            """)

    /// The instruments used in a whole game of `kinds`.
    private static func used(_ kinds: [StrategyKind]) throws -> [String] {
        let spec = try #require(GameDefinitionReader.read(source: game, file: "a.toml").spec)
        let playout = Playout(spec: spec, seed: 5, strategies: kinds.map { $0.make() })
        return GameResult(index: 0, seed: 5, strategies: kinds.map(\.rawValue), playout: playout)
            .content.instruments
    }

    @Test(arguments: [StrategyKind.cooperative, .reciprocal])
    func cooperativeBotsSignWhatTheyCanBearAndHireTheCoordinator(_ kind: StrategyKind) throws {
        #expect(try Self.used([kind, kind]) == ["intentie", "convenant", "coordinator"])
    }

    @Test func sectoralBotsUseNoInstrument() throws {
        #expect(try Self.used([.sectoral, .sectoral]) == [])
        #expect(try Self.used([.cooperative, .sectoral]) == [], "everyone must sign")
    }

    @Test func theCoordinatorIsProposedOnlyWhenACouplingPartnerHidesItsPlans() throws {
        let spec = try #require(GameDefinitionReader.read(source: Self.game, file: "a.toml").spec)
        var game = Game(spec: spec, seed: 1)
        #expect(!InstrumentPolicy.partnerHidesPlans(Decision(game: game, role: 0)), "year 1")
        // Year 2026: netbeheer keeps its plans to itself; beheer shares.
        _ = game.apply(.share(role: 0))
        while let role = game.activeRole, game.state.round == 0 {
            _ = game.apply(.ready(role: role))
        }
        #expect(InstrumentPolicy.partnerHidesPlans(Decision(game: game, role: 0)))
        #expect(!InstrumentPolicy.partnerHidesPlans(Decision(game: game, role: 1)), "beheer shared")
        _ = game.apply(.share(role: 1))
        #expect(!InstrumentPolicy.partnerHidesPlans(Decision(game: game, role: 0)), "shared now")
    }
}
