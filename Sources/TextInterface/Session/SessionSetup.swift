import ExecBots
import GameRules
import Strategies

/// What a session starts from: the game (shortened to `rounds` if set), its seed, the
/// language, the bots and the actions already played (empty for a new game).
public struct SessionSetup: Sendable {
    /// The rules, with the player texts in the session's language where the game has them.
    public var spec: GameSpec
    /// The same game with its player texts in each language (see `GameTranslations`), for
    /// a seat that plays in another language than the session (`taal en`); may be empty.
    public var translations: [Language: GameSpec]
    /// The path of the definition file, recorded in the save file.
    public var gamePath: String
    /// The hash of the definition file.
    public var definitionHash: String
    /// The seed of the game's generator.
    public var seed: UInt64
    /// The language of the engine's messages.
    public var language: Language
    /// The roles (indices) played by bots, with their strategy.
    public var bots: [Int: StrategyChoice]
    /// Whether to write ANSI colour.
    public var color: Bool
    /// Actions already played (a resumed game).
    public var actions: [Action]
    /// The number of rounds when the game is played shorter than its file says.
    public var rounds: Int?

    /// Creates a setup; the spec played is `translations[language]` when there is one.
    public init(
        spec: GameSpec, gamePath: String, definitionHash: String, seed: UInt64, language: Language,
        bots: [Int: StrategyChoice] = [:], color: Bool = false, actions: [Action] = [],
        rounds: Int? = nil, translations: [Language: GameSpec] = [:]
    ) {
        let shorten = { (full: GameSpec) in rounds.map { full.ending(afterRounds: $0) } ?? full }
        self.spec = shorten(translations[language] ?? spec)
        self.translations = translations.mapValues(shorten)
        self.rounds = rounds
        self.gamePath = gamePath
        self.definitionHash = definitionHash
        self.seed = seed
        self.language = language
        self.bots = bots
        self.color = color
        self.actions = actions
    }

    /// The game with its player texts in `language`, for a seat or a view in it: the
    /// session's own spec when no translation is known.
    public func spec(in language: Language) -> GameSpec {
        translations[language] ?? spec
    }

    /// The header of this game's save file: every role with `person` or its bot's strategy.
    public var header: SaveHeader {
        var seats: [String: String] = [:]
        for (index, role) in spec.roles.enumerated() {
            seats[role.id] = bots[index]?.name ?? SaveHeader.person
        }
        return SaveHeader(
            game: gamePath, definitionHash: definitionHash, seed: seed, language: language.rawValue,
            seats: seats, rounds: rounds)
    }
}
