/// Finds the places where bytes are not valid UTF-8.
enum UTF8Validator {
    /// The offsets of invalid sequences in `bytes[start...]`, at most one per line and at
    /// most `limit` in all; `runs` gets the start of every run of non-ASCII bytes, in order.
    static func invalidOffsets(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, limit: Int,
        nonASCIIRuns runs: inout [Int]
    ) -> [Int] {
        var found: [Int] = []
        var i = start
        let end = bytes.count
        var lastBadLine = -1
        var line = 0
        var linesCountedTo = start
        var runEnd = -1
        while i < end {
            i = ByteWords.firstNonASCII(bytes, from: i, to: end)
            guard i < end else { break }
            if i != runEnd { runs.append(i) }
            let length = sequenceLength(bytes, i)
            if length > 0 {
                i += length
                runEnd = i
                continue
            }
            runEnd = i + 1
            guard found.count < limit else {
                i += 1
                continue
            }
            while linesCountedTo < i {
                if bytes[linesCountedTo] == ASCII.lf { line += 1 }
                linesCountedTo += 1
            }
            if line != lastBadLine {
                found.append(i)
                lastBadLine = line
            }
            i += 1
        }
        return found
    }

    /// The length of the valid UTF-8 sequence at `i`, or 0 if it is invalid.
    private static func sequenceLength(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        let end = bytes.count
        let b0 = bytes[i]
        func continuation(_ k: Int, _ low: UInt8 = 0x80, _ high: UInt8 = 0xBF) -> Bool {
            k < end && bytes[k] >= low && bytes[k] <= high
        }
        switch b0 {
        case 0xC2...0xDF:
            return continuation(i + 1) ? 2 : 0
        case 0xE0:
            return continuation(i + 1, 0xA0) && continuation(i + 2) ? 3 : 0
        case 0xE1...0xEC, 0xEE...0xEF:
            return continuation(i + 1) && continuation(i + 2) ? 3 : 0
        case 0xED:
            return continuation(i + 1, 0x80, 0x9F) && continuation(i + 2) ? 3 : 0
        case 0xF0:
            return continuation(i + 1, 0x90) && continuation(i + 2) && continuation(i + 3) ? 4 : 0
        case 0xF1...0xF3:
            return continuation(i + 1) && continuation(i + 2) && continuation(i + 3) ? 4 : 0
        case 0xF4:
            return continuation(i + 1, 0x80, 0x8F) && continuation(i + 2) && continuation(i + 3)
                ? 4 : 0
        default:
            return 0
        }
    }
}
