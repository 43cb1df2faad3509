/// Where one project stands.
public struct ProjectState: Hashable, Sendable, Codable {
    /// Its phase.
    public var phase: ProjectPhase = .idle
    /// The round (index) it is planned to start in.
    public var plannedRound: Int? = nil
    /// The round (index) it started in.
    public var startedRound: Int? = nil
    /// Rounds of work left.
    public var remaining = 0
    /// Money granted from a shared fund towards its cost.
    public var fundMoney: Double = 0
    /// The fund that granted `fundMoney`; it gets the money back if the project never starts.
    public var fundSource: Int? = nil
    /// What its payers paid when it started on its own.
    public var paid: Double = 0
    /// Whether an event forced it to start (no graafrust penalty).
    public var forced = false
    /// Whether its deadline passed before it was done.
    public var deadlineMissed = false

    /// Creates an idle project state.
    public init() {}
}
