import Foundation
import GameRules
import TOML

/// Reads a game definition (TOML) into a `GameSpec`, collecting every problem as a diagnostic.
public enum GameDefinitionReader {
    /// Reads a definition from text; `file` names it in diagnostics. The spec's player texts
    /// are in `language` where the file has them, else in the game's own `language` (nil:
    /// the game's own).
    public static func read(source: String, file: String, language: String? = nil)
        -> DefinitionResult
    {
        read(bytes: Array(source.utf8), file: file, language: language)
    }

    /// Reads a definition from a file, its player texts in `language` (see
    /// `read(source:file:language:)`); a file that cannot be read gives a diagnostic.
    public static func read(contentsOf path: String, language: String? = nil) -> DefinitionResult {
        guard let data = FileManager.default.contents(atPath: path) else {
            let diagnostic = Diagnostic(
                id: DiagnosticID.fileNotFound, message: "cannot read the file `\(path)`",
                file: path,
                location: .start, suggestion: "check the path and that the file exists")
            return DefinitionResult(spec: nil, diagnostics: [diagnostic], hash: "")
        }
        return read(bytes: [UInt8](data), file: path, language: language)
    }

    /// Reads a definition from raw bytes (invalid UTF-8 is reported, not trapped on), its
    /// player texts in `language` (see `read(source:file:language:)`).
    public static func read(bytes: [UInt8], file: String, language: String? = nil)
        -> DefinitionResult
    {
        readNoting(bytes: bytes, file: file, language: language).result
    }

    /// Reads a definition, and also gives the keys the reader asked for in each table (by
    /// the table's path in the format): the format as the reader knows it.
    static func readNoting(bytes: [UInt8], file: String, language: String? = nil) -> (
        result: DefinitionResult, askedKeys: [String: Set<String>]
    ) {
        let hash = FNV1a.hex(bytes)
        let source = String(decoding: bytes, as: UTF8.self)
        let sink = DiagnosticSink(file: file)
        var spec: GameSpec?
        switch TOMLReader.read(bytes: bytes, file: file) {
        case .failure(let errors):
            sink.append(contentsOf: errors.diagnostics)
        case .success(let document):
            let built = SpecBuilder.build(
                document, source: source, sink: sink, language: language)
            spec = sink.hasErrors ? nil : built
        }
        let sorted = sink.diagnostics.enumerated().sorted {
            ($0.element.location, $0.offset) < ($1.element.location, $1.offset)
        }.map(\.element)
        return (
            DefinitionResult(
                spec: spec, diagnostics: sorted, hash: hash, source: source, file: file),
            sink.askedKeys
        )
    }
}
