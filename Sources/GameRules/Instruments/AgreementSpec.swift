/// An agreement the whole table can sign, such as an intentieverklaring or a convenant, and
/// the terms that bind its parties while it is in force.
public struct AgreementSpec: Hashable, Sendable, Codable {
    /// The agreement's id.
    public var id: String
    /// The display name.
    public var name: String
    /// A short explanation for players.
    public var text: String = ""
    /// An agreement (index) that must have been signed before this one can be proposed (the
    /// intentieverklaring before the convenant, version 1.0 before 2.0).
    public var after: Int? = nil
    /// The group trust needed to propose and to sign it.
    public var minGroupTrust: Double = 0
    /// Paid once when it is signed, split by `key` (or equally over the roles).
    public var fee: Double = 0
    /// Rounds it stays in force after the round it is signed in; nil: until the end.
    public var rounds: Int? = nil
    /// Term: the graafrust (rounds) the parties agree to after every opening, or nil for none.
    public var graafrust: Int? = nil
    /// Term: the cost-sharing key (*verdeelsleutel*), one fraction per role adding up to 1,
    /// for the fee and the process coordinator's pay; nil: equal shares.
    public var key: [Double]? = nil
    /// Term: signing it hires the independent process coordinator.
    public var coordinator = false
    /// Term: every party shares its plans at the table every round.
    public var sharePlans = false
    /// Rounds after signing in which the collaboration form does not fall back on low trust.
    public var holdForm = 0
    /// Others' trust in a party that breaks a term (negative).
    public var breach: Double = -5

    /// Creates an agreement without terms.
    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }

    /// What `role` pays of `amount` under this agreement's key (equal shares without one).
    public func share(of amount: Double, for role: Int, roles: Int) -> Double {
        guard let key else { return amount / Double(max(1, roles)) }
        return key.indices.contains(role) ? amount * key[role] : 0
    }
}
