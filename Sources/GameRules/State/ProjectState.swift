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
    /// Money granted from shared funds towards its cost, in total.
    public var fundMoney: Double = 0
    /// What each fund (by index) granted; each gets its own back if the project never starts.
    public var fundGrants: [Int: Double] = [:]
    /// What its payers paid when it started on its own.
    public var paid: Double = 0
    /// Whether an event forced it to start (no graafrust penalty).
    public var forced = false
    /// Whether its deadline passed before it was done.
    public var deadlineMissed = false
    /// Whether its owner showed its plan to the table on its own (`deel PROJECT`): then
    /// everyone sees it while it is planned.
    public var shared = false
    /// The round (index) at whose review its plan was fixed (*vastgesteld*); it counts only
    /// while the project is planned.
    public var fixedSince: Int? = nil

    /// Creates an idle project state.
    public init() {}
}
