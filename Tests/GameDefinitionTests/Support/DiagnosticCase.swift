import TOML
import Testing

/// One broken game for the table-driven diagnostics tests: a patch and the diagnostic it must give.
struct DiagnosticCase: Sendable, CustomTestStringConvertible {
    /// What is broken, for the test list.
    var name: String
    /// How the base game is broken.
    var patch: Patch
    /// The expected diagnostic id.
    var id: String
    /// The expected 1-based line.
    var line: Int
    /// The expected 1-based column.
    var column: Int
    /// The expected message.
    var message: String
    /// The expected suggestion, if any.
    var suggestion: String?
    /// The expected severity.
    var severity: Diagnostic.Severity

    /// Creates a case.
    init(
        _ name: String, _ patch: Patch, _ id: String, _ line: Int, _ column: Int, _ message: String,
        suggestion: String? = nil, severity: Diagnostic.Severity = .error
    ) {
        self.name = name
        self.patch = patch
        self.id = id
        self.line = line
        self.column = column
        self.message = message
        self.suggestion = suggestion
        self.severity = severity
    }

    var testDescription: String { name }
}

/// Lets Swift Testing show a case by its name.
protocol CustomTestStringConvertible {}
