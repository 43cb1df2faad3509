import GameRules
import TOML

/// Reads `languages = ["nl", "en"]`: the languages every player text should be written in.
enum LanguagesKey {
    /// The declared language codes, the game's own `main` language first; `[main]` when the
    /// key is absent or wrong.
    static func read(_ root: TableReader, main: String) -> [String] {
        guard let items = root.strings("languages") else { return [main] }
        var codes: [String] = []
        for item in items {
            guard TextLanguages.known.contains(item.value) else {
                let close = Suggestions.closest(to: item.value, among: TextLanguages.known)
                root.sink.error(
                    DiagnosticID.unknownLanguage,
                    "`\(item.value)` is not a language the game can be played in; texts can be in "
                        + TextLanguages.known.map { "`\($0)`" }.joined(separator: " and "),
                    at: item.location, suggestion: close.map { "did you mean `\($0)`?" })
                continue
            }
            guard !codes.contains(item.value) else {
                root.sink.error(
                    DiagnosticID.duplicateID, "`languages` names `\(item.value)` twice",
                    at: item.location, suggestion: "name each language once")
                continue
            }
            codes.append(item.value)
        }
        if !codes.isEmpty, !codes.contains(main) {
            root.sink.error(
                DiagnosticID.unknownLanguage,
                "`languages` lacks the game's own `language` `\(main)`: plain texts are in it",
                at: root.valueLocation("languages"),
                suggestion:
                    "add it: `languages = [\"\(main)\", \(codes.map { "\"\($0)\"" }.joined(separator: ", "))]`"
            )
        }
        return [main] + codes.filter { $0 != main }
    }
}
