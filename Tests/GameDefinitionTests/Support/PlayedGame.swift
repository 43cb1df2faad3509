import GameDefinition
import GameRules
import Testing

/// A game read from a TOML text and played by scripted actions, for the tests of the
/// definition language's features: each reads a small game and checks what play does.
struct PlayedGame {
    /// The game as it stands.
    var game: Game

    /// Reads `source`, which must validate without errors.
    init(_ source: String, seed: UInt64 = 1, sourceLocation: SourceLocation = #_sourceLocation)
        throws
    {
        let result = GameDefinitionReader.read(source: source, file: "feature.toml")
        #expect(result.errors.map(\.headline) == [], sourceLocation: sourceLocation)
        game = Game(spec: try #require(result.spec, sourceLocation: sourceLocation), seed: seed)
    }

    /// Role tables for a small game: each role has a brief, `budget` and one goal.
    static func roles(_ ids: [String], budget: Int = 100) -> String {
        ids.map { id in
            """
            [roles.\(id)]
            brief = "\(id)."
            budget = \(budget)

            [[roles.\(id).goals]]
            text = "Niet blut"
            when = "budget(\(id)) > 0"

            """
        }.joined(separator: "\n")
    }

    /// Applies an action that must be accepted.
    mutating func must(_ action: Action, sourceLocation: SourceLocation = #_sourceLocation) {
        if case .failure(let rejection) = game.apply(action) {
            Issue.record("refused \(action): \(rejection.id)", sourceLocation: sourceLocation)
        }
    }

    /// The reason `action` is refused, or nil when it would be accepted (the game stays as is).
    func refusal(_ action: Action) -> Rejection.Reason? {
        var copy = game
        if case .failure(let rejection) = copy.apply(action) { return rejection.reason }
        return nil
    }

    /// Every role to act says ready until the round (year) ends or the game is over.
    mutating func finishRound() {
        let round = game.state.round
        while !game.isOver, game.state.round == round, let role = game.activeRole {
            must(.ready(role: role))
        }
    }
}
