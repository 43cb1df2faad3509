import GameRules
import Testing

/// `openings(district)`, `breaches(district)` and `couplings_made` count what the street saw.
@Suite("Counting openings, graafrust breaches and couplings")
struct DiggingCountTests {
    /// Plays on (everyone ready) until round `round` begins.
    private static func playUntil(_ round: Int, _ game: inout Game) {
        while game.state.round < round, !game.isOver { game.everyoneReady() }
    }

    private static func counts(_ game: Game) -> [Double] {
        ["openings(noord)", "breaches(noord)", "couplings_made", "openings(zuid)"].map {
            TestGame.value($0).number(in: game)
        }
    }

    @Test func aCoupledTrenchOpensTheStreetOnceHoweverLongItStaysOpen() {
        var game = TestGame.bothPlanned()
        game.must(.propose(role: 0, proposal: .coupling(0)))
        game.must(.ready(role: 0))
        game.must(.respond(role: 1, proposal: 1, accept: true))
        Self.playUntil(2, &game)
        #expect(game.state.openings.count == 2, "open in 2026 and, for the sewer, in 2027")
        #expect(Self.counts(game) == [1, 0, 1, 0])
    }

    @Test func worksDugApartOpenTheStreetTwice() {
        var game = TestGame.bothPlanned()
        Self.playUntil(1, &game)
        #expect(Self.counts(game) == [2, 0, 0, 0])
    }

    @Test func aNewTrenchDuringGraafrustIsABreach() {
        var game = TestGame.start()
        game.must(.plan(role: 0, project: 0, round: 0))
        Self.playUntil(2, &game)
        #expect(Self.counts(game) == [1, 0, 0, 0])
        game.must(.ready(role: 0))
        game.must(.plan(role: 1, project: 1, round: 2))
        Self.playUntil(3, &game)
        #expect(Self.counts(game) == [2, 1, 0, 0])
    }

    @Test func aForcedOpeningDuringGraafrustIsNoBreach() {
        var game = TestGame.start()
        game.must(.plan(role: 1, project: 1, round: 0))
        Self.playUntil(1, &game)
        game.must(.facilitator(.inject(event: TestGame.forcingEvent)))
        Self.playUntil(2, &game)
        #expect(Self.counts(game) == [2, 0, 0, 0])
    }
}
