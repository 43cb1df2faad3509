import GameRules
import TOML

/// Finds names that an expression could not tell apart: an indicator named like a variable
/// whose value it does not simply show, or a variable or indicator named like a built-in
/// word such as `round`.
enum NameClash {
    /// The words that mean something by themselves in an expression.
    static let builtIns: Set<String> = [
        "round", "ronde", "year", "jaar", "group_trust", "form", "vorm", "true", "false", "waar",
        "onwaar", "and", "or", "not",
    ]

    /// Reports `def.name-clash` when `id`, the id of a `what`, is a built-in word or one of
    /// `variables`.
    static func check(
        _ id: Located<String>, what: String, variables: [String: Int] = [:], sink: DiagnosticSink
    ) {
        if builtIns.contains(id.value) {
            report(
                id,
                "\(what) `\(id.value)` has the name of a built-in word: in an expression "
                    + "`\(id.value)` keeps its own meaning", sink: sink)
        } else if variables[id.value] != nil {
            report(
                id,
                "indicator `\(id.value)` has the same name as a variable but another value, "
                    + "so a bare `\(id.value)` in an expression could mean either", sink: sink)
        }
    }

    private static func report(
        _ id: Located<String>, _ message: String, sink: DiagnosticSink
    ) {
        sink.error(
            DiagnosticID.nameClash, message, at: id.location,
            suggestion: "give it another name, and use that name in expressions")
    }
}
