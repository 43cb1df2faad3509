import Foundation

/// Reads the lines of a `--script FILE`.
enum ScriptFile {
    /// The file could not be read.
    struct Problem: Error {
        /// What went wrong.
        var message: String
    }

    /// The lines of `path` (none when nil).
    static func read(_ path: String?) -> Result<[String], Problem> {
        guard let path else { return .success([]) }
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(Problem(message: "cannot read the script \(path)"))
        }
        var lines = String(decoding: data, as: UTF8.self).split(
            separator: "\n", omittingEmptySubsequences: false
        )
        .map { String($0.hasSuffix("\r") ? $0.dropLast() : $0) }
        if lines.last == "" { lines.removeLast() }
        return .success(lines)
    }
}
