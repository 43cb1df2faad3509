/// Why the debrief's files could not be written: a stable id, the path, and the system's
/// reason where there is one.
public struct DebriefProblem: Error, Hashable, Sendable {
    /// The stable id: `debrief.file-exists`, `debrief.cannot-create-directory`,
    /// `debrief.not-a-directory` or `debrief.cannot-write`.
    public var id: String
    /// The file or directory concerned.
    public var path: String
    /// The system's reason, if any.
    public var reason: String

    /// Creates a problem.
    public init(id: String, path: String, reason: String = "") {
        self.id = id
        self.path = path
        self.reason = reason
    }

    /// The problem in `language`.
    public func message(in language: Language) -> String {
        Messages(language)(id, path, reason)
    }
}
