import TOML

/// The `wijkspel validate GAME...` command as a function: read, check and report each file.
public enum Validation {
    /// Validates every path; the output has each diagnostic with its source line, then one
    /// summary line per file. The exit code is 0 without errors and 1 with any error.
    public static func run(paths: [String], color: Bool) -> (output: String, exitCode: Int32) {
        var output = ""
        var failed = false
        for path in paths {
            let result = GameDefinitionReader.read(contentsOf: path)
            output += result.rendered(color: color)
            output += summary(of: result, path: path) + "\n"
            failed = failed || !result.errors.isEmpty
        }
        return (output, failed ? 1 : 0)
    }

    /// `path: ok`, or `path: 2 errors, 1 warning`.
    static func summary(of result: DefinitionResult, path: String) -> String {
        let errors = result.errors.count
        let warnings = result.warnings.count
        if errors == 0 && warnings == 0 { return "\(path): ok" }
        return "\(path): \(counted(errors, "error")), \(counted(warnings, "warning"))"
    }

    private static func counted(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }
}
