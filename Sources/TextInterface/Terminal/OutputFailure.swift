#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A write that failed: the stream and the system's error number (`ENOSPC`, `EPIPE`, ...).
public struct OutputFailure: Error, Hashable, Sendable {
    /// The stable id of every output failure.
    public static let id = "output-failed"

    /// What was written to (`standard output`, a file's path).
    public let stream: String
    /// The system's error number.
    public let code: Int32

    /// Creates a failure of `stream` with error number `code`.
    public init(stream: String, code: Int32) {
        self.stream = stream
        self.code = code
    }

    /// The system's words for the error, such as `No space left on device (errno 28)`.
    public var reason: String {
        String(cString: strerror(code)) + " (errno \(code))"
    }

    /// The message in English: `cannot write to standard output: Broken pipe (errno 32)`.
    public var message: String { "cannot write to \(stream): \(reason)" }
}
