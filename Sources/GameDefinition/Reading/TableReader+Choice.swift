import GameRules
import TOML

extension TableReader {
    /// The value under `key`, which must be one of the words in `choices`.
    func choice<T>(_ key: String, _ choices: KeyValuePairs<String, T>) -> T? {
        guard let word = string(key) else { return nil }
        if let match = choices.first(where: { $0.key == word }) { return match.value }
        let words = choices.map(\.key)
        let close = Suggestions.closest(to: word, among: words)
        sink.error(
            DiagnosticID.unknownValue,
            "`\(key)` must be one of " + words.map { "`\($0)`" }.joined(separator: ", ")
                + ", but here it is `\(word)`",
            at: valueLocation(key), suggestion: close.map { "did you mean `\($0)`?" })
        return nil
    }
}
