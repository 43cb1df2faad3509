import GameDefinition
import GameRules

/// A game in each of the engine's languages: the same rules, read again with the player
/// texts (`title = { nl = "...", en = "..." }`) in that language, where the file has them.
public enum GameTranslations {
    /// The spec of `definition` in every language; empty when the game has errors.
    public static func of(_ definition: DefinitionResult) -> [Language: GameSpec] {
        var specs: [Language: GameSpec] = [:]
        for language in Language.allCases {
            specs[language] = definition.spec(in: language.rawValue)
        }
        return specs
    }
}
