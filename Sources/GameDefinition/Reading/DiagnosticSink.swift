import TOML

/// Collects the diagnostics of one definition file as they are found.
final class DiagnosticSink {
    /// The file name used in every diagnostic.
    let file: String
    /// Everything reported so far, in the order found.
    private(set) var diagnostics: [Diagnostic] = []
    /// The keys the reader asked for, by the path of their table in the format (joined
    /// with `.`, see `TableReader.path`): what the format knows, for the schema's test.
    // Unchecked: a sink serves one file on one thread, and no access to `askedKeys` calls
    // out while it holds it (noted for every key of every table of the file).
    @exclusivity(unchecked) private(set) var askedKeys: [String: Set<String>] = [:]

    /// Creates an empty sink for `file`.
    init(file: String) {
        self.file = file
    }

    /// Whether any error (not just a warning) was reported.
    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// Reports an error.
    func error(
        _ id: String, _ message: String, at location: SourceLocation, suggestion: String? = nil
    ) {
        add(.error, id, message, location, suggestion)
    }

    /// Reports a warning: the game can be played, but something looks wrong.
    func warning(
        _ id: String, _ message: String, at location: SourceLocation, suggestion: String? = nil
    ) {
        add(.warning, id, message, location, suggestion)
    }

    /// Notes that the reader asked for `key` in a table at `path` (its keys joined by dots).
    func noteAsked(_ key: String, at path: String) {
        askedKeys[path, default: []].insert(key)
    }

    /// Adds diagnostics found elsewhere, such as by the TOML reader.
    func append(contentsOf others: [Diagnostic]) {
        diagnostics += others
    }

    private func add(
        _ severity: Diagnostic.Severity, _ id: String, _ message: String,
        _ location: SourceLocation,
        _ suggestion: String?
    ) {
        diagnostics.append(
            Diagnostic(
                severity: severity, id: id, message: message, file: file, location: location,
                suggestion: suggestion))
    }
}
