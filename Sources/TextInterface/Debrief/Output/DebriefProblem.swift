/// Why the debrief's files could not be written: a message key with a stable id, the path,
/// and the system's reason where there is one.
public struct DebriefProblem: Error, Hashable, Sendable {
    /// The message key: `debrief.<id>`.
    public var key: String
    /// The file or directory concerned.
    public var path: String
    /// The system's reason, if any.
    public var reason: String

    /// Creates a problem.
    public init(key: String, path: String, reason: String = "") {
        self.key = key
        self.path = path
        self.reason = reason
    }

    /// The stable id: `file-exists`, `cannot-create-directory`, `not-a-directory` or
    /// `cannot-write`.
    public var id: String {
        key.hasPrefix("debrief.") ? String(key.dropFirst("debrief.".count)) : key
    }

    /// The problem in `language`, ending in its id: `text [id]`.
    public func message(in language: Language) -> String {
        Messages(language)(key, path, reason) + " [\(id)]"
    }
}
