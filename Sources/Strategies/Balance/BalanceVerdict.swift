/// One verdict of a balance check: a question a designer asks, answered with numbers.
public struct BalanceVerdict: Hashable, Sendable, Codable {
    /// Whether the game does what a dilemma game should.
    public enum Status: String, Hashable, Sendable, Codable {
        /// It does, with 95% confidence.
        case holds
        /// It does not.
        case fails
        /// The numbers do not tell yet: play more games.
        case unclear
    }

    /// The kind of verdict: `cooperation`, `temptation`, `assurance`, `dominance` or
    /// `dead-content`.
    public var kind: String
    /// The seat's role id, for the verdicts per seat.
    public var role: String?
    /// The answer.
    public var status: Status
    /// One sentence with the numbers behind the answer.
    public var finding: String

    /// A verdict.
    public init(kind: String, role: String? = nil, status: Status, finding: String) {
        self.kind = kind
        self.role = role
        self.status = status
        self.finding = finding
    }

    /// `kind` or `kind role`, as the tables name the verdict.
    public var title: String { role.map { "\(kind) \($0)" } ?? kind }
}
