/// Reads TOML 1.0.0 text into a `TOMLDocument`, reporting every problem found as a
/// located, plain-language diagnostic.
public enum TOMLReader {
    /// Parses TOML text. Returns the document, or all diagnostics found (errors only; never
    /// throws, never traps).
    public static func read(_ text: String, file: String) -> Result<TOMLDocument, TOMLErrors> {
        read(bytes: Array(text.utf8), file: file)
    }

    /// Parses TOML bytes; skips a UTF-8 byte order mark and reports invalid UTF-8 with its
    /// location.
    public static func read(bytes: [UInt8], file: String) -> Result<TOMLDocument, TOMLErrors> {
        bytes.withUnsafeBufferPointer { buffer in
            let start = hasByteOrderMark(buffer) ? 3 : 0
            var runs: [Int] = []
            let invalid = UTF8Validator.invalidOffsets(
                buffer, from: start, limit: 20, nonASCIIRuns: &runs)
            var parser = Parser(bytes: buffer, start: start, file: file, nonASCIIRuns: runs)
            for offset in invalid {
                parser.report(
                    TOMLDiagnosticID.invalidUTF8,
                    "this file is not valid UTF-8 text (byte 0x"
                        + String(buffer[offset], radix: 16, uppercase: true) + " here)",
                    at: offset, suggestion: "save the file with the UTF-8 encoding")
            }
            parser.parse()
            if parser.diagnostics.isEmpty {
                return .success(
                    TOMLDocument(root: parser.tables.build(TableArena.root), rootLocation: .start))
            }
            var seen = Set<SourceLocation>()
            let sorted = parser.diagnostics.enumerated().sorted {
                ($0.element.location, $0.offset) < ($1.element.location, $1.offset)
            }.map(\.element).filter { seen.insert($0.location).inserted }
            return .failure(TOMLErrors(diagnostics: sorted))
        }
    }

    private static func hasByteOrderMark(_ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        buffer.count >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF
    }
}
