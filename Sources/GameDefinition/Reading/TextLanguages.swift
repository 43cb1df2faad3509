/// The languages of a game's player texts: which ones the game declares, which one is its
/// own, and which one is being read.
///
/// A text may be written as plain text (in the game's own `language`) or as a table by
/// language (`{ nl = "...", en = "..." }`); the reader keeps the text of `reading`, or the
/// game's own text when that one is missing.
struct TextLanguages {
    /// The language codes a player text may be written in: the engine's own languages.
    static let known = ["nl", "en"]

    /// The game's own language (`language`): plain texts are in it, and it is the fallback.
    var main = "nl"
    /// The languages the game declares (`languages`); each text should have all of them.
    var declared = ["nl"]
    /// The language whose texts the spec gets; nil reads the game's own language.
    var reading: String?

    /// The text to keep of `texts` (by language code): the one in the language being read,
    /// else the game's own, else the first declared one present, else any.
    func pick(_ texts: [String: String]) -> String? {
        if let reading, let text = texts[reading] { return text }
        if let text = texts[main] { return text }
        if let text = declared.lazy.compactMap({ texts[$0] }).first { return text }
        return texts.keys.sorted().first.flatMap { texts[$0] }
    }
}
