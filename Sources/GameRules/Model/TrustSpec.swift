/// How trust between roles starts, changes, drifts and bites.
public struct TrustSpec: Hashable, Sendable, Codable {
    /// The starting value of every pair, unless `start` overrides it.
    public var initial: Double = 50
    /// Overrides per ordered pair: `from` trusts `to` this much at the start.
    public var start: [TrustPair] = []
    /// The value trust drifts back towards.
    public var base: Double = 50
    /// How many points per round trust moves towards `base`.
    public var drift: Double = 1
    /// Others' trust in a role that shares its plans.
    public var sharePlans: Double = 2
    /// Others' trust in a role that keeps a commitment.
    public var keepCommitment: Double = 5
    /// Others' trust in a role that breaks a commitment (a negative number).
    public var breakCommitment: Double = -10
    /// Mutual trust between partners who complete joint work.
    public var jointWork: Double = 5
    /// Others' trust in a role that opens a street during graafrust (negative).
    public var graafrustBreach: Double = -5
    /// The proposer's trust in a role that refuses its proposal (negative).
    public var refusal: Double = -1
    /// Mutual trust a coupling or joint project needs.
    public var couplingThreshold: Double = 30
    /// Below this mutual trust, joint work costs extra.
    public var transactionThreshold: Double = 50
    /// The extra cost, as a fraction of the joint cost, below the transaction threshold.
    public var transactionCost: Double = 0.1
    /// Mutual trust gained when a role meets another on purpose (`kennismaken`); 0 (the
    /// default) leaves the action out of the game.
    public var meet: Double = 0
    /// What the role that asks for a meeting pays.
    public var meetCost: Double = 0
    /// Others' trust in a role that shows the plan of one project (`deel PROJECT`); nil
    /// (the default) leaves sharing per project out of the game.
    public var shareProject: Double? = nil
    /// Others' trust in a role that moves or drops a plan it had shown (negative; 0 is off).
    public var changeSharedPlan: Double = 0

    /// Creates trust rules with the defaults.
    public init() {}
}
