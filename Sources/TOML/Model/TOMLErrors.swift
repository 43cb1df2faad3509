/// All problems found in a TOML file that could not be read.
public struct TOMLErrors: Error, Sendable {
    /// The diagnostics in file order.
    public var diagnostics: [Diagnostic]

    /// Creates the error from diagnostics.
    public init(diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }
}
