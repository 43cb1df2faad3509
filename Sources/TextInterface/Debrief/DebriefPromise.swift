/// One public promise that a project would start in a year.
public struct DebriefPromise: Hashable, Sendable {
    /// The project's name.
    public var project: String
    /// The calendar year it was to start in.
    public var year: Int
    /// Whether it was kept; nil while its year has not been executed.
    public var kept: Bool?
}
