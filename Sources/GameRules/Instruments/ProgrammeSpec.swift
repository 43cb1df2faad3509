/// A joint programme, the tactical frame (*tactisch kader*, seed 003 §2.5): the table holds
/// soft commitments to couplings several years ahead; couplings it holds long enough save
/// more; it costs something every year.
public struct ProgrammeSpec: Hashable, Sendable, Codable {
    /// The display name.
    public var name: String
    /// A short explanation for players.
    public var text: String = ""
    /// How many years ahead a commitment in the programme may reach.
    public var horizon: Int = 4
    /// The cost per round while the programme runs, paid from `fund` as far as it reaches,
    /// the rest by the roles by `key`.
    public var cost: Double = 0
    /// A fund (index) that pays the programme first, or nil.
    public var fund: Int? = nil
    /// Each role's share of the cost, adding up to 1; nil: the key of the agreement in
    /// force, else equal shares.
    public var key: [Double]? = nil
    /// The group trust needed to start the programme.
    public var minGroupTrust: Double = 0
    /// Rounds a coupling must have been in the programme before it is made to save more.
    public var earlyYears: Int = 2
    /// Money back to a coupling's owners, split equally, when it is made at least
    /// `earlyYears` after it was put in the programme.
    public var earlyBonus: Double = 0
    /// Others' trust in a member of a coupling that lets its commitment drop (negative,
    /// and softer than an agreement's breach).
    public var breakTrust: Double = -2

    /// Creates a programme with the defaults.
    public init(name: String) {
        self.name = name
    }

    /// What `role` pays of `amount` under this programme's own key, or nil without one.
    public func share(of amount: Double, for role: Int) -> Double? {
        guard let key else { return nil }
        return key.indices.contains(role) ? amount * key[role] : 0
    }
}
