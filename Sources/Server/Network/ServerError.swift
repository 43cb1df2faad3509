/// Why the server could not start, or a client not connect, as a value: a stable id, a
/// message and a suggestion.
public struct ServerError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A stable id (`port-in-use`, `bad-address`, `bad-port`, `permission-denied`,
    /// `socket-failed`, `connect-failed`, `connect-timeout`, `bad-endpoint`).
    public var id: String
    /// What went wrong, for a person.
    public var message: String
    /// What to try instead.
    public var suggestion: String

    /// Creates an error.
    public init(id: String, message: String, suggestion: String) {
        self.id = id
        self.message = message
        self.suggestion = suggestion
    }

    /// `error[port-in-use]: ... (try ...)`.
    public var description: String { "error[\(id)]: \(message) (\(suggestion))" }
}
