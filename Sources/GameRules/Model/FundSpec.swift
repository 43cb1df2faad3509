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
    /// The cost-sharing key (*verdeelsleutel*), one fraction per role adding up to 1, or nil
    /// for equal shares: the members' fair shares together stay `fairShare` times the number
    /// of members, and the key says who pays which part.
    public var key: [Double]?

    /// Creates a fund.
    public init(id: String, name: String, start: Double = 0, members: [Int], fairShare: Double = 0)
    {
        self.id = id
        self.name = name
        self.start = start
        self.members = members
        self.fairShare = fairShare
    }

    /// What `role` is expected to pay per round: `fairShare` for every member without a key;
    /// with a key, its fraction of what all members pay together. Nothing for a non-member.
    public func fairShare(of role: Int) -> Double {
        guard members.contains(role) else { return 0 }
        guard let key else { return fairShare }
        let share = key.indices.contains(role) ? key[role] : 0
        return share * fairShare * Double(members.count)
    }
}
