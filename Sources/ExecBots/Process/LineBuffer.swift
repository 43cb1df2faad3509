/// Bytes read from a bot, cut into lines, with a bound on a line's length.
struct LineBuffer {
    /// The longest line, in bytes.
    let limit: Int
    private var bytes: [UInt8] = []
    private var start = 0

    /// Creates an empty buffer for lines of at most `limit` bytes.
    init(limit: Int) { self.limit = limit }

    /// Adds bytes read from the bot.
    mutating func append(_ chunk: UnsafeRawBufferPointer) {
        if start > 0 && start >= bytes.count / 2 {
            bytes.removeFirst(start)
            start = 0
        }
        bytes.append(contentsOf: chunk)
    }

    /// Whether anything was read that was not yet taken as a line.
    var isEmpty: Bool { start == bytes.count }

    /// What was read after the last whole line, as text.
    var pending: String { String(decoding: bytes[start...], as: UTF8.self) }

    /// The next whole line without its line feed (and carriage return), nil when none is
    /// complete yet; `.tooLong` with the line's beginning when it passes the limit.
    mutating func nextLine() -> Line? {
        guard let end = bytes[start...].firstIndex(of: 10) else {
            return bytes.count - start > limit ? .tooLong(prefix) : nil
        }
        guard end - start <= limit else { return .tooLong(prefix) }
        var last = end
        if last > start && bytes[last - 1] == 13 { last -= 1 }
        let line = String(decoding: bytes[start..<last], as: UTF8.self)
        start = end + 1
        return .line(line)
    }

    /// The first bytes of the unread text, for a failure message.
    private var prefix: String {
        String(decoding: bytes[start..<min(bytes.count, start + 4096)], as: UTF8.self)
    }

    /// A line, or the beginning of one that is too long.
    enum Line: Equatable {
        case line(String)
        case tooLong(String)
    }
}
