import GameRules
import TOML

/// What reading a game file gives: the game (when it has no errors), every problem, and a hash.
public struct DefinitionResult: Sendable {
    /// The resolved game; `nil` exactly when `diagnostics` holds an error.
    public var spec: GameSpec?
    /// Errors and warnings, sorted by their place in the file.
    public var diagnostics: [Diagnostic]
    /// The FNV-1a 64-bit hash of the file's bytes as 16 hex digits, for game records.
    public var hash: String
    /// The text that was read, for showing diagnostics with their source line.
    public var source: String
    /// The file name the definition was read as.
    public var file: String

    /// Creates a result.
    public init(
        spec: GameSpec?, diagnostics: [Diagnostic], hash: String, source: String = "",
        file: String = ""
    ) {
        self.spec = spec
        self.diagnostics = diagnostics
        self.hash = hash
        self.source = source
        self.file = file
    }

    /// The game with its player texts in `language` where the file has them (else in the
    /// game's own language): the same rules, read again from `source`. Nil when the game
    /// has errors.
    public func spec(in language: String) -> GameSpec? {
        guard let spec else { return nil }
        // In the game's own language the texts are those already read.
        if language == spec.language { return spec }
        return GameDefinitionReader.read(source: source, file: file, language: language).spec
    }

    /// The errors only.
    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }

    /// The warnings only.
    public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }

    /// Every diagnostic rendered with its stable id (`[def.unknown-key]`, as listed in the
    /// format reference), its source line and a caret under the column.
    public func rendered(color: Bool = false) -> String {
        DiagnosticRenderer.render(diagnostics, source: source, color: color, ids: true)
    }
}
