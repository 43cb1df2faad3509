/// A project as one viewer sees it: hidden plans look idle.
public struct ProjectView: Hashable, Sendable, Codable {
    /// The phase as seen.
    public var phase: ProjectPhase
    /// The planned round (index), when the plan is visible.
    public var plannedRound: Int?
    /// The round (index) it started in.
    public var startedRound: Int?
    /// Whether its deadline was missed.
    public var deadlineMissed: Bool
    /// The round (index) at whose review its visible plan was fixed (*vastgesteld*), if it is.
    public var fixedSince: Int? = nil
}
