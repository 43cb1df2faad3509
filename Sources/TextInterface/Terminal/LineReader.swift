#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads lines from a file descriptor with read(2), each at most `limit` bytes: a longer
/// line (such as endless bytes from `/dev/zero`) is skipped up to its end, never held whole.
struct LineReader {
    /// What one read gives.
    enum Line: Hashable {
        /// A line without its line feed (invalid UTF-8 shown as U+FFFD).
        case text(String)
        /// A line longer than the limit, skipped.
        case tooLong
        /// The end of input, or input that cannot be read.
        case end
    }

    /// The most bytes of one line: far more than any command needs.
    static let standardLimit = 16 * 1024

    /// The file descriptor read from.
    let descriptor: Int32
    /// The most bytes of one line.
    let limit: Int
    private var buffer: [UInt8] = []
    private var ended = false

    /// A reader of `descriptor` with lines of at most `limit` bytes.
    init(descriptor: Int32 = 0, limit: Int = LineReader.standardLimit) {
        self.descriptor = descriptor
        self.limit = limit
    }

    /// The next line.
    mutating func next() -> Line {
        var skipping = false
        while true {
            if let newline = buffer.firstIndex(of: 0x0A) {
                let line = buffer[..<newline]
                buffer.removeSubrange(...newline)
                if skipping || line.count > limit { return .tooLong }
                return .text(String(decoding: line, as: UTF8.self))
            }
            if buffer.count > limit {
                skipping = true
                buffer.removeAll(keepingCapacity: true)
            }
            if ended || !fill() {
                ended = true
                if skipping { return .tooLong }
                guard !buffer.isEmpty else { return .end }
                defer { buffer.removeAll() }
                return .text(String(decoding: buffer, as: UTF8.self))
            }
        }
    }

    /// Reads more bytes into the buffer; false at the end of input or on a read error.
    private mutating func fill() -> Bool {
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                buffer.append(contentsOf: chunk[..<count])
                return true
            }
            if count < 0 && errno == EINTR { continue }
            return false
        }
    }
}
