/// Why `wijkspel serve` cannot start: a stable id, what is wrong, and how to go on.
public struct ServeProblem: Error, Equatable, CustomStringConvertible {
    /// The stable id, such as `dir-not-empty`.
    public var id: String
    /// What is wrong, naming the file or folder.
    public var message: String
    /// How to go on.
    public var suggestion: String

    /// Creates a problem.
    public init(_ id: String, _ message: String, suggestion: String) {
        self.id = id
        self.message = message
        self.suggestion = suggestion
    }

    /// `message [id]` and the suggestion on the next line.
    public var description: String { "\(message) [\(id)]\n  \(suggestion)" }
}
