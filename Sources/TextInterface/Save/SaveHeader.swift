/// The first line of a save file: which game, which seed, which language and which bots.
public struct SaveHeader: Codable, Hashable, Sendable {
    /// The format marker, `wijkspel-save/1`.
    public var format: String
    /// The path of the game definition (absolute when it could be made so).
    public var game: String
    /// The hash of the definition the game was played with.
    public var definitionHash: String
    /// The seed of the game's generator.
    public var seed: UInt64
    /// The language of the engine's messages (`nl` or `en`).
    public var language: String
    /// The bots: role id to strategy name.
    public var bots: [String: String]
    /// The number of rounds of a game played shorter than its file (`--years`), if so.
    public var rounds: Int?

    /// The current format marker.
    public static let currentFormat = "wijkspel-save/1"

    /// Creates a header.
    public init(
        game: String, definitionHash: String, seed: UInt64, language: String,
        bots: [String: String],
        rounds: Int? = nil
    ) {
        self.format = SaveHeader.currentFormat
        self.game = game
        self.definitionHash = definitionHash
        self.seed = seed
        self.language = language
        self.bots = bots
        self.rounds = rounds
    }
}
