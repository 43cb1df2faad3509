import Foundation

/// Writing to standard output and standard error.
enum Output {
    /// Writes `text` to standard output.
    static func out(_ text: String, newline: Bool = true) {
        FileHandle.standardOutput.write(Data((newline ? text + "\n" : text).utf8))
    }

    /// Writes `text` to standard error.
    static func err(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
