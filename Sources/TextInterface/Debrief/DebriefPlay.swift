/// One play of the game in the counterfactual: the table's own, or one by bots.
public struct DebriefPlay: Hashable, Sendable {
    /// Which play.
    public enum Kind: String, Hashable, Sendable {
        /// The table's own game, as recorded.
        case table
        /// Every role played by the cooperative bot.
        case cooperative
        /// Every role played by the sectoral bot.
        case sectoral
        /// The table's line-up, with cooperative bots in the people's seats.
        case lineup
    }

    /// Which play.
    public var kind: Kind
    /// Its name in the report's language.
    public var name: String
    /// The shared score at its end.
    public var sharedScore: Double
    /// Each role's score at its end.
    public var scores: [Double]
    /// The group trust at its end.
    public var groupTrust: Double
    /// The number of couplings made.
    public var couplingsMade: Int
    /// Whether the play reached the game's end.
    public var finished: Bool
    /// Per event of the game, how often it fired.
    public var fired: [Int]
}
