#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Why standard input could not be read whole.
enum InputProblem: Error, Hashable {
    /// Standard input is closed (`toml-decoder <&-`) or not open for reading.
    case closed
    /// Reading failed with the system's error number.
    case readFailed(Int32)
    /// The input is longer than the limit, in bytes.
    case tooLarge(limit: Int)

    /// The message for standard error.
    var message: String {
        switch self {
        case .closed:
            return
                "toml-decoder: standard input is closed; give the TOML document on standard input"
        case .readFailed(let code):
            return "toml-decoder: cannot read standard input: \(String(cString: strerror(code)))"
        case .tooLarge(let limit):
            return "toml-decoder: the input is larger than \(limit) bytes; stopped reading"
                + " (set \(InputLimit.variable) to allow more)"
        }
    }
}
