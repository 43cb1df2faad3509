/// The last bytes a bot wrote to its standard error, kept for a failure message.
struct ErrorTail {
    /// How many bytes are kept.
    static let size = 2048
    private var bytes: [UInt8] = []

    /// Adds bytes the bot wrote, keeping only the last `size`.
    mutating func append(_ chunk: UnsafeRawBufferPointer) {
        bytes.append(contentsOf: chunk)
        if bytes.count > ErrorTail.size { bytes.removeFirst(bytes.count - ErrorTail.size) }
    }

    /// The kept bytes as text.
    var text: String { String(decoding: bytes, as: UTF8.self) }
}
