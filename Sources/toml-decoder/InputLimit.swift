#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The most bytes toml-decoder reads: 256 MiB, or the number in `TOML_DECODER_MAX_BYTES`.
enum InputLimit {
    /// The environment variable that sets the limit.
    static let variable = "TOML_DECODER_MAX_BYTES"
    /// The limit when the variable is not set: far above any real document.
    static let standard = 256 * 1024 * 1024

    /// The limit in bytes.
    static var bytes: Int {
        guard let text = getenv(variable), let value = Int(String(cString: text)), value >= 0
        else { return standard }
        return value
    }
}
