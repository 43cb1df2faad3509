/// Where a project stands in its life.
public enum ProjectPhase: String, Hashable, Sendable, Codable {
    /// Not planned.
    case idle
    /// Planned by its owner for a later round, not yet started.
    case planned
    /// Under way.
    case running
    /// Completed.
    case done
    /// Missed its latest start or deadline, or was cancelled by an event.
    case failed
}
