/// One role in the debrief, with who played it.
public struct DebriefRole: Hashable, Sendable {
    /// The role's id in the game file.
    public var id: String
    /// The role's name.
    public var name: String
    /// Who sat in the seat, in words: a person, or the bot's strategy.
    public var seat: String
    /// Whether a bot played it.
    public var isBot: Bool
}
