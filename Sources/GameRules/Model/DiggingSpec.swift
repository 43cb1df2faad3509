/// How openings of the street cause nuisance, how shared digging saves money, and graafrust.
public struct DiggingSpec: Hashable, Sendable, Codable {
    /// Nuisance added to a district for each round its street is open (once per opening).
    public var nuisancePerOpening: Double = 10
    /// The fraction of a digging project's cost saved when it shares an opening.
    public var sharedOpeningSaving: Double = 0.1
    /// Whether all works digging in one district in one round share one trench even without
    /// an agreement (the old, forgiving rule); by default only a coupling made or joint work
    /// shares a trench, and every other work opens the street on its own.
    public var sharedWithoutAgreement = false
    /// Rounds after an opening closes in which the street must stay closed.
    public var graafrustRounds: Int = 2
    /// When graafrust holds: after every opening, or only where an agreement says so.
    public var graafrustBy = GraafrustRule.opening
    /// Extra nuisance when a street is opened during graafrust.
    public var graafrustNuisance: Double = 10
    /// The fraction of nuisance that fades at every review.
    public var nuisanceDecay: Double = 0.5
    /// A variable (index) that nuisance lowers each round, such as public support.
    public var nuisanceTarget: Int? = nil
    /// How much of a district's nuisance is taken off `nuisanceTarget` at each review.
    public var nuisanceImpact: Double = 0.2

    /// Creates digging rules with the defaults.
    public init() {}
}
