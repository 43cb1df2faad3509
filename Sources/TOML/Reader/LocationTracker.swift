/// Turns byte offsets into 1-based line and character columns, lazily and incrementally.
///
/// Offsets are usually asked for in increasing order, so the tracker keeps a cursor
/// and scans forward from it; an earlier offset walks the cursor back line by line.
struct LocationTracker {
    private let bytes: UnsafeBufferPointer<UInt8>
    private let base: Int
    private var scanned: Int
    private var line = 1
    private var lineStart: Int
    private var columnOffset: Int
    private var column = 1

    /// Creates a tracker for `bytes`, whose text starts at `base` (after a byte order mark).
    init(bytes: UnsafeBufferPointer<UInt8>, base: Int) {
        self.bytes = bytes
        self.base = base
        scanned = base
        lineStart = base
        columnOffset = base
    }

    /// The location of the byte at `offset` (clamped to the text).
    mutating func location(of rawOffset: Int) -> SourceLocation {
        let offset = min(max(rawOffset, base), bytes.count)
        while offset < lineStart { stepBackOneLine() }
        scanned = max(scanned, lineStart)
        while scanned < offset {
            if scanned + 8 <= offset
                && !ByteWords.contains(ByteWords.load(bytes, scanned), ASCII.lf)
            {
                scanned += 8
                continue
            }
            if bytes[scanned] == ASCII.lf {
                line += 1
                lineStart = scanned + 1
                columnOffset = lineStart
                column = 1
            }
            scanned += 1
        }
        if offset < columnOffset {
            columnOffset = lineStart
            column = 1
        }
        column += Self.characterCount(bytes, columnOffset, offset)
        columnOffset = offset
        return SourceLocation(line: line, column: column)
    }

    /// Moves the cursor to the start of the previous line; only used for earlier offsets.
    private mutating func stepBackOneLine() {
        var i = lineStart - 1
        while i > base && bytes[i - 1] != ASCII.lf { i -= 1 }
        line -= 1
        lineStart = max(i, base)
        scanned = lineStart
        columnOffset = lineStart
        column = 1
    }

    /// The number of characters (grapheme clusters) in `bytes[from..<to]`.
    static func characterCount(_ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Int {
        if ByteWords.firstNonASCII(bytes, from: from, to: to) == to { return to - from }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<to]), as: UTF8.self)
        return text.count
    }
}
