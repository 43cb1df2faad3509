/// Reads TOML from UTF-8 bytes into a tree of tables, collecting every diagnostic it can
/// find reliably; syntax errors are recovered from at the next line.
struct Parser {
    /// The deepest nesting of lists and inline tables (and of dotted keys inside them).
    static let maxNesting = 128
    /// The most parts a single key or header may have.
    static let maxKeyParts = 128
    /// After this many problems the reader stops.
    static let maxDiagnostics = 100

    let bytes: UnsafeBufferPointer<UInt8>
    let end: Int
    let file: String
    var pos: Int
    /// Finds the location of any offset, for diagnostics.
    var tracker: LocationTracker
    /// Follows the line the parser is on, for the locations of keys and values.
    var lines: LineCounter
    var diagnostics: [Diagnostic] = []
    /// The tables read so far; the root is `TableArena.root`.
    var tables = TableArena()
    /// The number of the table that `key = value` lines go into.
    var current = TableArena.root
    var nesting = 0
    /// The name of the current `[table]`, for messages; empty at the top level.
    var sectionParts: [KeyPart] = []
    /// The parts of the keys being read, innermost last: a stack shared by nested inline
    /// tables, so reading a key allocates nothing.
    var keyParts: [KeyPart] = []
    /// A reusable buffer for strings with escapes and for number text.
    var scratch: [UInt8] = []
    /// The strings of keys and short texts seen before, handed out again.
    var shortTexts = ShortTextCache()

    /// A parser for `bytes` from `start`, whose runs of non-ASCII bytes start at
    /// `nonASCIIRuns` (in order, as `UTF8Validator` finds them).
    init(bytes: UnsafeBufferPointer<UInt8>, start: Int, file: String, nonASCIIRuns: [Int]) {
        self.bytes = bytes
        self.end = bytes.count
        self.file = file
        self.pos = start
        self.tracker = LocationTracker(bytes: bytes, base: start)
        self.lines = LineCounter(bytes: bytes, base: start, nonASCIIRuns: nonASCIIRuns)
    }

    /// Parses the whole input.
    mutating func parse() {
        while pos < end {
            if diagnostics.count >= Self.maxDiagnostics {
                report(
                    TOMLDiagnosticID.tooManyErrors,
                    "there are too many problems; the reader stopped here", at: pos,
                    suggestion: "fix the problems above and read the file again")
                return
            }
            while !keyParts.isEmpty { keyParts.removeLast() }
            do throws(ParseFailure) {
                try statement()
            } catch {
                recover(after: error)
            }
        }
    }

    /// The byte at `i`, or 0 past the end.
    @inline(__always) func byte(_ i: Int) -> UInt8 {
        i < end ? bytes[i] : 0
    }

    /// The location of the byte at `offset`, anywhere in the text.
    mutating func location(_ offset: Int) -> SourceLocation {
        tracker.location(of: offset)
    }

    /// The location of the byte at `pos`, where a key, value or header starts.
    @inline(__always) mutating func locationHere() -> SourceLocation {
        lines.location(of: pos)
    }

    /// Moves past the line feed at `pos`.
    @inline(__always) mutating func passLineFeed() {
        lines.lineBreak(at: pos)
        pos += 1
    }

    /// Records a diagnostic at a byte offset.
    mutating func report(
        _ id: String, _ message: String, at offset: Int, suggestion: String? = nil,
        notes: [String] = []
    ) {
        report(id, message, at: location(offset), suggestion: suggestion, notes: notes)
    }

    /// Records a diagnostic at a location.
    mutating func report(
        _ id: String, _ message: String, at location: SourceLocation, suggestion: String? = nil,
        notes: [String] = []
    ) {
        diagnostics.append(
            Diagnostic(
                id: id, message: message, file: file, location: location,
                suggestion: suggestion, notes: notes))
    }

    /// Records a syntax diagnostic and returns the failure to throw.
    mutating func fail(
        _ id: String, _ message: String, at offset: Int, suggestion: String? = nil
    ) -> ParseFailure {
        report(id, message, at: offset, suggestion: suggestion)
        return ParseFailure(nesting: nesting)
    }

    /// Records a syntax diagnostic at a known location and returns the failure to throw.
    mutating func fail(
        _ id: String, _ message: String, at location: SourceLocation, suggestion: String? = nil
    ) -> ParseFailure {
        report(id, message, at: location, suggestion: suggestion)
        return ParseFailure(nesting: nesting)
    }

    /// Skips spaces and tabs.
    @inline(__always) mutating func skipSpaces() {
        while pos < end {
            let b = bytes[pos]
            guard b == ASCII.space || b == ASCII.tab else { return }
            pos += 1
        }
    }

    /// Whether a value or key may end before `b`.
    @inline(__always) static func isDelimiter(_ b: UInt8) -> Bool {
        b == ASCII.space || b == ASCII.tab || b == ASCII.lf || b == ASCII.cr || b == ASCII.hash
            || b == ASCII.comma || b == ASCII.rightBracket || b == ASCII.rightBrace
    }

    /// The character at `offset` described for a message: `` `x` `` or a control character.
    func describe(_ offset: Int) -> String {
        guard offset < end else { return "the end of the file" }
        let b = bytes[offset]
        if b == ASCII.lf || b == ASCII.cr { return "the end of the line" }
        if ASCII.isForbiddenControl(b) {
            return "the control character \(Self.codePoint(UInt32(b)))"
        }
        var stop = offset + 1
        while stop < end && stop < offset + 4 && bytes[stop] & 0xC0 == 0x80 { stop += 1 }
        let text = String(
            decoding: UnsafeBufferPointer(rebasing: bytes[offset..<stop]), as: UTF8.self)
        return "`" + text + "`"
    }

    /// `U+0007`-style text for a code point.
    static func codePoint(_ value: UInt32) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// The text of `bytes[from..<to]`.
    func text(_ from: Int, _ to: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<to]), as: UTF8.self)
    }

    /// The text of `bytes[from..<to]`, the same string as last time for a short one that
    /// came before: for keys and plain strings, which repeat.
    mutating func repeatedText(_ from: Int, _ to: Int) -> String {
        shortTexts.text(bytes, from, to)
    }
}
