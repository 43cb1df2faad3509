import GameRules
import Strategies
import TestSupport
import Testing

/// Properties the example game should show, over many seeds with a statistical margin.
@Suite("Strategy properties on the example game")
struct StrategyPropertyTests {
    static let games = TestScale.count(quick: 10, full: 400)

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

    /// A lone sectoral role among cooperators lowers the shared score in every seat. It is
    /// tempted: it gains privately in some seat. And the lesson bites: in some seat, digging
    /// apart (full cost, no shared trench) costs the defector itself.
    @Test func aLoneSectoralRoleLowersTheSharedScoreAndIsBothTemptedAndPunished() throws {
        let spec = try #require(ExampleGame.spec)
        let roles = spec.roles.count
        let all = ExampleGame.summary(
            Array(repeating: .cooperative, count: roles), games: Self.games)
        var gains: [String] = []
        var losses: [String] = []
        for role in 0..<roles {
            var kinds = Array(repeating: StrategyKind.cooperative, count: roles)
            kinds[role] = .sectoral
            let lone = ExampleGame.summary(kinds, games: Self.games)
            let ownMargin = lone.scores[role].confidence95 + all.scores[role].confidence95
            let own = lone.scores[role].mean - all.scores[role].mean
            let sharedMargin = lone.sharedScore.confidence95 + all.sharedScore.confidence95
            let shared = lone.sharedScore.mean - all.sharedScore.mean
            let seat = spec.roles[role].id
            #expect(
                shared < -sharedMargin, "\(seat) alone sectoral: shared score changes by \(shared)")
            if own > ownMargin { gains.append(seat) }
            if own < -ownMargin { losses.append(seat) }
        }
        #expect(!gains.isEmpty, "a free-rider gains privately in some seat")
        #expect(!losses.isEmpty, "refusing to couple costs the free-rider in some seat")
    }
}
