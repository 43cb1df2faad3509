/// The first line of a save file: the format, which game, which seed, who sits where and
/// which language.
public struct SaveHeader: Codable, Hashable, Sendable {
    /// The format marker, `wijkspel-save/N`.
    public var format: String
    /// The path of the game definition (absolute when it could be made so).
    public var game: String
    /// The hash of the definition the game was played with.
    public var definitionHash: String
    /// The seed of the game's generator.
    public var seed: UInt64
    /// The language of the engine's messages (`nl` or `en`).
    public var language: String
    /// Version 2: every role id with who plays it, `person` or a strategy name.
    public var seats: [String: String]?
    /// Version 1: the roles played by bots, role id to strategy name.
    public var bots: [String: String]?
    /// The number of rounds of a game played shorter than its file (`--years`), if so.
    public var rounds: Int?

    /// The format this build writes.
    public static let currentFormat = "wijkspel-save/2"
    /// What a seat played by a person says.
    public static let person = "person"
    /// The prefix of every format marker.
    static let formatPrefix = "wijkspel-save/"

    /// Creates a version-2 header; `seats` maps every role id to `person` or a strategy name.
    public init(
        game: String, definitionHash: String, seed: UInt64, language: String,
        seats: [String: String],
        rounds: Int? = nil
    ) {
        self.format = SaveHeader.currentFormat
        self.game = game
        self.definitionHash = definitionHash
        self.seed = seed
        self.language = language
        self.seats = seats
        self.bots = nil
        self.rounds = rounds
    }

    /// The format's version number (1 or 2), or nil for a marker this build does not know.
    public var version: Int? {
        guard format.hasPrefix(SaveHeader.formatPrefix) else { return nil }
        return Int(format.dropFirst(SaveHeader.formatPrefix.count))
    }

    /// The roles played by bots: role id to strategy name.
    public var strategies: [String: String] {
        if let seats { return seats.filter { $0.value != SaveHeader.person } }
        return bots ?? [:]
    }
}
