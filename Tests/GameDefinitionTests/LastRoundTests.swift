import GameDefinition
import GameRules
import Testing

/// `last_round`: the number of the last round, so a goal can say "at the end of the game"
/// and still hold when a workshop plays a shortened game.
@Suite("The last round in expressions")
struct LastRoundTests {
    static let source =
        """
        title = "Einde"
        rounds = 4

        """ + PlayedGame.roles(["beheer", "sociaal"])
            + """

            [[goals]]
            text = "Aan het eind is het draagvlak er nog"
            when = "round == last_round and draagvlak > 10"
            points = 7

            [[goals]]
            text = "Niet te vroeg"
            when = "last_round - round == 2"
            points = 1

            [vars]
            draagvlak = 50
            """

    /// Plays `rounds` rounds (or the whole game) of a game ending after `ending` rounds.
    static func play(ending: Int? = nil) throws -> Game {
        var played = try PlayedGame(source)
        if let ending {
            played.game = Game(spec: played.game.spec.ending(afterRounds: ending), seed: 1)
        }
        while !played.game.isOver { played.finishRound() }
        return played.game
    }

    @Test func aGoalAboutTheLastRoundIsReachedAtTheEndAndOnlyThen() throws {
        let whole = try Self.play()
        #expect(whole.state.sharedGoalsReached == [true, true])
        #expect(whole.sharedScore == 8)
    }

    @Test func aShortenedGameHasItsOwnLastRound() throws {
        let short = try Self.play(ending: 2)
        #expect(short.state.sharedGoalsReached == [true, false], "two rounds: 2 - 1 is never 2")
    }

    @Test func theOldWayGetsAFixNotAMisleadingSuggestion() {
        let text = Self.source.replacingOccurrences(
            of: "round == last_round and", with: "round == rounds and")
        let result = GameDefinitionReader.read(source: text, file: "einde.toml")
        let problem = result.errors.first
        #expect(problem?.message.contains("`rounds` is not a known name") == true)
        #expect(problem?.suggestion == "for the last round write `round == last_round`")
    }
}
