/// A problem found in an input file, as a value: what, where, how bad, and how to fix it.
///
/// Diagnostics are shared by every reader in Wijkspel: the TOML reader, the game
/// definition checker and the save-file loader all report through this type.
public struct Diagnostic: Hashable, Sendable, Codable {
    /// How serious a diagnostic is.
    public enum Severity: String, Hashable, Sendable, Codable {
        /// The file cannot be used.
        case error
        /// The file can be used but something looks wrong.
        case warning
    }

    /// Whether this is an error or a warning.
    public var severity: Severity
    /// A stable identifier such as `toml.duplicate-key`; tests and tools match on it.
    public var id: String
    /// A plain-language sentence that a non-programmer understands.
    public var message: String
    /// The file name as the user gave it.
    public var file: String
    /// Where the problem is.
    public var location: SourceLocation
    /// How to fix it, when there is an obvious fix ("did you mean `netbeheer`?").
    public var suggestion: String?
    /// Further remarks, for example where a key was first defined.
    public var notes: [String]

    /// Creates a diagnostic.
    public init(
        severity: Severity = .error, id: String, message: String, file: String = "<input>",
        location: SourceLocation, suggestion: String? = nil, notes: [String] = []
    ) {
        self.severity = severity
        self.id = id
        self.message = message
        self.file = file
        self.location = location
        self.suggestion = suggestion
        self.notes = notes
    }

    /// `file:line:col: error: message`, the first line of a rendered diagnostic.
    public var headline: String {
        "\(file):\(location.line):\(location.column): \(severity.rawValue): \(message)"
    }
}
