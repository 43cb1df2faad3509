/// One entry of a game's public history: an act and the round (index) it happened in.
public struct HistoryEntry: Hashable, Sendable, Codable {
    /// The round (index) it happened in.
    public var round: Int
    /// What happened.
    public var act: PublicAct

    /// Creates an entry.
    public init(round: Int, act: PublicAct) {
        self.round = round
        self.act = act
    }
}
