/// The line the parser is on, kept up to date as it passes line breaks, so the location of
/// the byte it is at is a subtraction instead of a scan.
///
/// The parser reports every line feed it passes (`lineBreak(at:)`, `countLineBreaks`);
/// `location(of:)` is then only valid for offsets on the current line. A column is a byte
/// count while the line holds only ASCII up to the offset; otherwise characters are counted
/// from the last location asked for on the line. Offsets of nodes and keys start a token,
/// after an ASCII byte, so summing those stretches gives the count from the line's start.
struct LineCounter {
    private let bytes: UnsafeBufferPointer<UInt8>
    /// The 1-based number of the current line.
    private(set) var line = 1
    /// The offset where the current line starts.
    private(set) var lineStart: Int
    /// Where the runs of non-ASCII bytes start, in order. A run never holds a line feed, so
    /// one that starts before a line also ends before it.
    private let nonASCIIRuns: [Int]
    /// The first run in `nonASCIIRuns` that may start at or after `lineStart`.
    private var run = 0
    /// The first non-ASCII byte at or after `lineStart` (or the end of the text); there is
    /// none in `lineStart..<nextNonASCII` while `nextNonASCII >= lineStart`.
    private var nextNonASCII = -1
    /// The last offset on the current line whose column was counted in characters.
    private var countedOffset: Int
    /// The column at `countedOffset`.
    private var countedColumn = 1

    /// Creates a counter for `bytes`, whose text starts at `base` (after a byte order mark)
    /// and whose runs of non-ASCII bytes start at `nonASCIIRuns`.
    init(bytes: UnsafeBufferPointer<UInt8>, base: Int, nonASCIIRuns: [Int]) {
        self.bytes = bytes
        self.nonASCIIRuns = nonASCIIRuns
        lineStart = base
        countedOffset = base
    }

    /// Notes the line feed at `offset`: the next line starts after it.
    @inline(__always) mutating func lineBreak(at offset: Int) {
        line += 1
        lineStart = offset + 1
    }

    /// Notes every line feed in `bytes[from..<to]`, text the parser has passed in one go.
    mutating func countLineBreaks(from: Int, to: Int) {
        var i = from
        while i < to {
            if i + 8 <= to && !ByteWords.contains(ByteWords.load(bytes, i), ASCII.lf) {
                i += 8
                continue
            }
            if bytes[i] == ASCII.lf { lineBreak(at: i) }
            i += 1
        }
    }

    /// Starts counting again at `offset`, which is on line `line` (after an error).
    mutating func restart(at offset: Int, line: Int, base: Int) {
        var start = offset
        while start > base && bytes[start - 1] != ASCII.lf { start -= 1 }
        self.line = line
        lineStart = start
        countedOffset = start
        countedColumn = 1
        var low = 0
        var high = nonASCIIRuns.count
        while low < high {
            let middle = (low + high) / 2
            if nonASCIIRuns[middle] < start { low = middle + 1 } else { high = middle }
        }
        run = low
        nextNonASCII = -1
    }

    /// The location of `offset`, which must be on the current line at or after every
    /// offset asked for before on it.
    @inline(__always) mutating func location(of offset: Int) -> SourceLocation {
        if nextNonASCII < lineStart { findNextNonASCII() }
        if offset <= nextNonASCII {
            return SourceLocation(line: line, column: offset - lineStart + 1)
        }
        return SourceLocation(line: line, column: countedColumn(at: offset))
    }

    /// Moves `nextNonASCII` to the first run that starts on or after the current line.
    private mutating func findNextNonASCII() {
        while run < nonASCIIRuns.count && nonASCIIRuns[run] < lineStart { run += 1 }
        nextNonASCII = run < nonASCIIRuns.count ? nonASCIIRuns[run] : bytes.count
    }

    /// The column of `offset` on a line with non-ASCII bytes before it.
    private mutating func countedColumn(at offset: Int) -> Int {
        if countedOffset < lineStart || countedOffset > offset {
            countedOffset = lineStart
            countedColumn = 1
        }
        countedColumn += LocationTracker.characterCount(bytes, countedOffset, offset)
        countedOffset = offset
        return countedColumn
    }
}
