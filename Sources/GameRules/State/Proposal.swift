/// A proposal on the table and the answers to it.
public struct Proposal: Hashable, Sendable, Codable {
    /// Who proposed it.
    public var from: Int
    /// What it asks.
    public var kind: ProposalKind
    /// The roles whose answer counts.
    public var concerned: [Int]
    /// Each role's answer: nil while unanswered.
    public var answers: [Bool?]
    /// Set when the decision phase settled it.
    public var accepted: Bool? = nil

    /// Creates an open proposal.
    public init(from: Int, kind: ProposalKind, concerned: [Int], roles: Int) {
        self.from = from
        self.kind = kind
        self.concerned = concerned
        var answers = [Bool?](repeating: nil, count: roles)
        answers[from] = true
        self.answers = answers
    }
}
