import GameDefinition
import GameRules
import Strategies
import Testing

/// Cooperative and reciprocal bots meet partners whose trust is too low for cheap joint
/// work; sectoral bots never meet anyone.
@Suite("Bots that build trust on purpose")
struct AcquaintanceBotTests {
    /// Two roles with a coupling between their projects, trust below the transaction
    /// threshold, and meetings in the game.
    static let game = """
        title = "Kennismaken"
        first_year = 2026
        rounds = 5

        [roles.beheer]
        brief = "Beheer."
        budget = 100

        [roles.netbeheer]
        brief = "Net."
        budget = 100

        [roles.sociaal]
        brief = "Sociaal."
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

        [[couplings]]
        projects = ["riool", "kabel"]
        saving = 4

        [trust]
        initial = 40
        transaction_threshold = 50
        meet = 3
        meet_cost = 1
        """

    /// The meetings in one game of `kind` bots, as (who, with whom).
    private static func meetings(_ kind: StrategyKind) throws -> [(Int, Int)] {
        let spec = try #require(GameDefinitionReader.read(source: game, file: "k.toml").spec)
        final class Tally: @unchecked Sendable { var met: [(Int, Int)] = [] }
        let tally = Tally()
        _ = Playout(
            spec: spec, seed: 5, strategies: spec.roles.map { _ in kind.make() },
            inspect: { _, action in
                if case .meet(let role, let other) = action { tally.met.append((role, other)) }
            })
        return tally.met
    }

    @Test(arguments: [StrategyKind.cooperative, .reciprocal])
    func cooperatorsMeetTheirCouplingPartner(_ kind: StrategyKind) throws {
        let met = try Self.meetings(kind)
        #expect(met.contains { $0 == (0, 1) } && met.contains { $0 == (1, 0) }, "\(met)")
        #expect(!met.contains { $0.0 == 2 || $0.1 == 2 }, "sociaal is nobody's partner: \(met)")
    }

    @Test func nobodyMeetsInTheLastThreeYears() throws {
        let spec = try #require(
            GameDefinitionReader.read(
                source: Self.game.replacingOccurrences(of: "rounds = 5", with: "rounds = 3"),
                file: "k.toml"
            ).spec)
        var met = 0
        _ = Playout(
            spec: spec, seed: 5,
            strategies: spec.roles.map { _ in StrategyKind.cooperative.make() },
            inspect: { _, action in if case .meet = action { met += 1 } })
        #expect(met == 0, "trust built so late would not pay back")
    }

    @Test func sectoralBotsNeverMeet() throws {
        #expect(try Self.meetings(.sectoral).isEmpty)
    }
}
