/// Turns byte offsets into 1-based line and character columns, lazily and incrementally.
///
/// Offsets are usually asked for in increasing order, so the tracker keeps a cursor
/// and scans forward from it; an earlier offset walks the cursor back line by line.
struct LocationTracker {
    private let bytes: UnsafeBufferPointer<UInt8>
    /// Where the text starts (after a byte order mark).
    let base: Int
    private var line = 1
    private var lineStart: Int
    private var columnOffset: Int
    private var column = 1

    /// Creates a tracker for `bytes`, whose text starts at `base` (after a byte order mark).
    init(bytes: UnsafeBufferPointer<UInt8>, base: Int) {
        self.bytes = bytes
        self.base = base
        lineStart = base
        columnOffset = base
    }

    /// The location of the byte at `offset` (clamped to the text).
    ///
    /// One pass finds both the line breaks and whether the stretch since the last one is all
    /// ASCII, where a column is a byte: eight bytes at a time, then byte by byte.
    mutating func location(of rawOffset: Int) -> SourceLocation {
        let offset = min(max(rawOffset, base), bytes.count)
        while offset < lineStart { stepBackOneLine() }
        if offset < columnOffset {
            columnOffset = lineStart
            column = 1
        }
        var segmentStart = columnOffset
        var nonASCII = false
        var i = columnOffset
        let text = bytes.baseAddress!
        while i < offset {
            if i + 8 <= offset {
                let word = ByteWords.load(bytes, i)
                if !ByteWords.contains(word, ASCII.lf) {
                    nonASCII = nonASCII || !ByteWords.isASCII(word)
                    i += 8
                    continue
                }
            }
            let byte = text[i]
            if byte == ASCII.lf {
                line += 1
                lineStart = i + 1
                segmentStart = lineStart
                column = 1
                nonASCII = false
            } else if byte >= 0x80 {
                nonASCII = true
            }
            i += 1
        }
        column +=
            nonASCII ? Self.characterCount(bytes, segmentStart, offset) : offset - segmentStart
        columnOffset = offset
        return SourceLocation(line: line, column: column)
    }

    /// Moves the cursor to the start of the previous line; only used for earlier offsets.
    private mutating func stepBackOneLine() {
        var i = lineStart - 1
        while i > base && bytes[i - 1] != ASCII.lf { i -= 1 }
        line -= 1
        lineStart = max(i, base)
        columnOffset = lineStart
        column = 1
    }

    /// The number of characters (grapheme clusters) in `bytes[from..<to]`.
    ///
    /// Below U+0300, where the combining marks begin, every code point is a character of its
    /// own (a CR LF pair is one, but a stretch never holds a line break), so well-formed
    /// two-byte letters such as `ö` are counted without building a string.
    static func characterCount(_ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Int {
        var count = 0
        var i = from
        while i < to {
            let byte = bytes[i]
            if byte < 0x80 {
                i += 1
            } else if byte >= 0xC2 && byte < 0xCC && i + 1 < to && bytes[i + 1] & 0xC0 == 0x80 {
                i += 2
            } else {
                let text = String(
                    decoding: UnsafeBufferPointer(rebasing: bytes[from..<to]), as: UTF8.self)
                return text.count
            }
            count += 1
        }
        return count
    }
}
