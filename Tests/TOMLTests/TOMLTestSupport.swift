import TOML

/// Helpers shared by the TOML tests.
enum TOMLTestSupport {
    /// The document for valid `source`, or nil.
    static func document(_ source: String) -> TOMLDocument? {
        try? TOMLReader.read(source, file: "test.toml").get()
    }

    /// The diagnostics for invalid `source`, or nil when it parses.
    static func failure(_ source: String) -> [Diagnostic]? {
        failure(bytes: Array(source.utf8))
    }

    /// The diagnostics for invalid bytes, or nil when they parse.
    static func failure(bytes: [UInt8]) -> [Diagnostic]? {
        switch TOMLReader.read(bytes: bytes, file: "test.toml") {
        case .success: nil
        case .failure(let errors): errors.diagnostics
        }
    }
}
