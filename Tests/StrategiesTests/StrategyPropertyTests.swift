import GameRules
import Strategies
import Testing

/// Properties the example game should show, over many seeds with a statistical margin.
@Suite("Strategy properties on the example game")
struct StrategyPropertyTests {
    static let games = 60

    @Test func cooperatorsReachMoreSharedValueThanSectoralPlayers() throws {
        let spec = try #require(ExampleGame.spec)
        let roles = spec.roles.count
        let cooperative = ExampleGame.summary(
            Array(repeating: .cooperative, count: roles), games: Self.games)
        let sectoral = ExampleGame.summary(
            Array(repeating: .sectoral, count: roles), games: Self.games)
        let margin = cooperative.sharedScore.confidence95 + sectoral.sharedScore.confidence95
        #expect(
            cooperative.sharedScore.mean - sectoral.sharedScore.mean > margin,
            "shared score: cooperative \(cooperative.sharedScore.mean) ± \(cooperative.sharedScore.confidence95), sectoral \(sectoral.sharedScore.mean) ± \(sectoral.sharedScore.confidence95)"
        )
        #expect(cooperative.couplingsMade.mean > sectoral.couplingsMade.mean)
        #expect(cooperative.endTrust.mean > sectoral.endTrust.mean)
    }

    /// A lone sectoral role among cooperators never loses privately, gains in some seats,
    /// and lowers the shared score in every seat.
    @Test func aLoneSectoralRoleGainsPrivatelyButLowersTheSharedScore() throws {
        let spec = try #require(ExampleGame.spec)
        let roles = spec.roles.count
        let all = ExampleGame.summary(
            Array(repeating: .cooperative, count: roles), games: Self.games)
        var strictGains = 0
        for role in 0..<roles {
            var kinds = Array(repeating: StrategyKind.cooperative, count: roles)
            kinds[role] = .sectoral
            let lone = ExampleGame.summary(kinds, games: Self.games)
            let ownMargin = lone.scores[role].confidence95 + all.scores[role].confidence95
            let own = lone.scores[role].mean - all.scores[role].mean
            let sharedMargin = lone.sharedScore.confidence95 + all.sharedScore.confidence95
            let shared = lone.sharedScore.mean - all.sharedScore.mean
            let seat = spec.roles[role].id
            #expect(own >= -ownMargin, "\(seat) alone sectoral: own score changes by \(own)")
            #expect(
                shared < -sharedMargin, "\(seat) alone sectoral: shared score changes by \(shared)")
            if own > ownMargin { strictGains += 1 }
        }
        #expect(strictGains >= 2, "a free-rider gains privately in at least two seats")
    }
}
