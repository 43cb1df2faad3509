import GameDefinition
import GameRules
import Strategies
import Testing

/// Cooperative and reciprocal bots spend earmarked money before it lapses: they do not wait
/// for a coupling partner when waiting loses more earmarked money than the coupling saves.
@Suite("Bots and earmarked money")
struct EarmarkBotTests {
    /// Beheer's sewer can be coupled with a cable that may start only in 2029, saving 4.
    static func game(earmark: Int) -> String {
        """
        title = "Oormerk"
        first_year = 2026
        rounds = 5

        [roles.beheer]
        brief = "Beheer."
        budget = 100
        earmark = \(earmark)
        earmark_kind = "beheer"

        [roles.netbeheer]
        brief = "Net."
        budget = 100

        [[roles.beheer.goals]]
        id = "riool"
        text = "Riool"
        when = "done(riool)"
        points = 10

        [districts.noord]
        slots = 4

        [projects.riool]
        owner = "beheer"
        kind = "beheer"
        district = "noord"
        cost = 10
        digs = true

        [projects.kabel]
        owner = "netbeheer"
        kind = "transitie"
        district = "noord"
        cost = 10
        digs = true
        earliest_start = 2029

        [[couplings]]
        projects = ["riool", "kabel"]
        saving = 4
        """
        .replacingOccurrences(of: "earmark = 0\nearmark_kind = \"beheer\"\n", with: "")
    }

    /// The round in which the sewer started, with `kind` bots and `earmark` for beheer.
    static func sewerStart(_ kind: StrategyKind, earmark: Int) throws -> Int? {
        let spec = try #require(
            GameDefinitionReader.read(source: game(earmark: earmark), file: "o.toml").spec)
        let playout = Playout(
            spec: spec, seed: 3, strategies: spec.roles.map { _ in kind.make() })
        return playout.game.state.projects[0].startedRound
    }

    @Test(arguments: [StrategyKind.cooperative, .reciprocal])
    func cooperatorsDoNotLetEarmarkedMoneyLapseForASmallCoupling(_ kind: StrategyKind) throws {
        #expect(try Self.sewerStart(kind, earmark: 0) == 3, "without an earmark it waits")
        #expect(try Self.sewerStart(kind, earmark: 8) == 0, "8 a year lapsing beats saving 4")
    }

    @Test(arguments: [StrategyKind.cooperative, .reciprocal])
    func cooperatorsStillWaitWhenTheCouplingSavesMore(_ kind: StrategyKind) throws {
        #expect(try Self.sewerStart(kind, earmark: 1) == 3, "3 lapsing is less than saving 4")
    }
}
