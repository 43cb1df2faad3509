/// A shared fund (wijkfonds, convenantfonds) that members pay into and that pays for joint work.
public struct FundSpec: Hashable, Sendable, Codable {
    /// The fund's id.
    public var id: String
    /// The display name.
    public var name: String
    /// The starting balance.
    public var start: Double
    /// The roles (indices) that may contribute and whose consent spending needs.
    public var members: [Int]
    /// Each member's fair share of contributions per round, used by bots and reports.
    public var fairShare: Double

    /// Creates a fund.
    public init(id: String, name: String, start: Double = 0, members: [Int], fairShare: Double = 0)
    {
        self.id = id
        self.name = name
        self.start = start
        self.members = members
        self.fairShare = fairShare
    }
}
