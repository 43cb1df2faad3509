#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The process's standard streams for commands that write once and end: a failed write to
/// standard output is said once on standard error and ends the process with status 1.
public enum Console {
    /// The status a command ends with when its output cannot be written.
    public static let outputFailedStatus: Int32 = 1

    /// Makes writes to a closed pipe fail with `EPIPE` instead of killing the process, and
    /// puts `/dev/null` (read-only) on a closed standard stream, so a file opened later
    /// (a save file) cannot take its number: writing to a closed stream then fails (`EBADF`)
    /// and reading from it ends at once.
    public static func prepare() {
        signal(SIGPIPE, SIG_IGN)
        for descriptor: Int32 in 0...2 where fcntl(descriptor, F_GETFD) == -1 {
            let opened = open("/dev/null", O_RDONLY)
            if opened >= 0 && opened != descriptor { close(opened) }
        }
    }

    /// Writes `text` and `terminator` to standard output; when that fails, says so on
    /// standard error and ends the process.
    public static func out(_ text: String, terminator: String = "\n") {
        do {
            try OutputWriter.standardOutput.write(text + terminator)
        } catch {
            fail(error)
        }
    }

    /// Writes `text` and `terminator` to standard error; a failure there cannot be told
    /// anywhere and is ignored.
    public static func err(_ text: String, terminator: String = "\n") {
        try? OutputWriter.standardError.write(text + terminator)
    }

    /// Says on standard error that `failure` happened and ends the process.
    public static func fail(_ failure: OutputFailure) -> Never {
        err("\(program): \(failure.message)")
        exit(outputFailedStatus)
    }

    /// The program's name, for messages.
    static var program: String {
        String(CommandLine.arguments.first?.split(separator: "/").last ?? "wijkspel")
    }
}
