import GameRules

/// The first message of each game: the protocol version, the game's public rules and the
/// seat the bot plays. It needs no answer.
struct HelloMessage: Encodable {
    /// The version of the protocol this engine speaks.
    static let protocolVersion = 1

    var type = "hello"
    var `protocol` = HelloMessage.protocolVersion
    /// The message's number on this process (1 for the first).
    var n: Int
    /// The number of this game on this process (1 for the first): a bot may play many.
    var gameNumber: Int
    /// The role the bot plays: its index and id.
    var role: Int
    var roleId: String
    /// Seconds the bot may take per decision.
    var timeout: Double
    var game: GameDescription

    /// The hello for a bot playing `role` of `spec`.
    init(n: Int, gameNumber: Int, role: Int, spec: GameSpec, timeout: Double) {
        self.n = n
        self.gameNumber = gameNumber
        self.role = role
        roleId = spec.roles[role].id
        self.timeout = timeout
        game = GameDescription(spec)
    }
}
