#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes text to a file descriptor with write(2): a full disk, a closed pipe or a closed
/// stream is an `OutputFailure` for the caller to handle, never a trap.
public struct OutputWriter: Sendable {
    /// Standard output.
    public static let standardOutput = OutputWriter(descriptor: 1, name: "standard output")
    /// Standard error.
    public static let standardError = OutputWriter(descriptor: 2, name: "standard error")

    /// The file descriptor written to.
    public let descriptor: Int32
    /// What the descriptor is, for messages (`standard output`, a file's path).
    public let name: String

    /// A writer to `descriptor`, called `name` in messages.
    public init(descriptor: Int32, name: String) {
        self.descriptor = descriptor
        self.name = name
    }

    /// Writes all of `text`, retrying short and interrupted writes.
    public func write(_ text: String) throws(OutputFailure) {
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer in
                OutputWriter.system(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            }
            if written > 0 {
                offset += written
            } else if written < 0 && errno == EINTR {
                continue
            } else {
                throw OutputFailure(stream: name, code: written < 0 ? errno : EIO)
            }
        }
    }

    private static func system(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int)
        -> Int
    {
        #if canImport(Glibc)
            Glibc.write(descriptor, bytes, count)
        #else
            Darwin.write(descriptor, bytes, count)
        #endif
    }
}
