import GameDefinition
import GameRules
import Testing

@testable import Strategies

/// Which bots use the joint programme: cooperative and reciprocal ones start it and hold a
/// coupling early where the early bonus pays, plan their work for its year and earn the
/// bonus; sectoral ones never do, and a programme they must accept is never started.
@Suite("Bots and the joint programme")
struct ProgrammeBotTests {
    /// Two roles whose works can run together from 2029, three years after the first year.
    static func game(bonus: Double = 4) -> String {
        TwoRoleCouplingGame.source(
            title: "Programma", rounds: 6, earliestStart: 2029, cableCost: 20, saving: 5,
            couplingID: "riool_kabel",
            extra: """
                [programme]
                horizon = 4
                cost = 1
                early_years = 2
                early_bonus = \(bonus)
                """)
    }

    /// A whole game of `kinds`.
    private static func played(_ kinds: [StrategyKind], bonus: Double = 4) throws -> Game {
        let spec = try #require(
            GameDefinitionReader.read(source: game(bonus: bonus), file: "p.toml").spec)
        return Playout(spec: spec, seed: 5, strategies: kinds.map { $0.make() }).game
    }

    @Test(arguments: [StrategyKind.cooperative, .reciprocal])
    func cooperativeBotsHoldTheCouplingEarlyAndEarnTheBonus(_ kind: StrategyKind) throws {
        let game = try Self.played([kind, kind])
        #expect(game.hasProgramme)
        let entry = try #require(game.state.programme?.entries.first)
        #expect(entry.round == 3, "held for 2029")
        #expect(entry.since == 1, "in 2027, once the programme runs: two years ahead, early enough")
        #expect(entry.kept == true)
        #expect(game.state.couplingMade[0])
    }

    @Test func withoutABonusNobodyHoldsAnything() throws {
        let game = try Self.played([.cooperative, .cooperative], bonus: 0)
        #expect(!game.hasProgramme, "it would only cost")
        #expect(game.state.couplingMade[0], "the coupling is made all the same")
    }

    @Test(arguments: [
        [StrategyKind.sectoral, .sectoral], [.cooperative, .sectoral], [.sectoral, .cooperative],
    ])
    func sectoralBotsNeverJoin(_ kinds: [StrategyKind]) throws {
        let game = try Self.played(kinds)
        #expect(!game.hasProgramme)
        #expect(game.state.programme == nil)
    }
}
