import GameRules

/// Why a table did not accept an action.
public enum TableRefusal: Error, Hashable, Sendable {
    /// The rules refused it; the game is untouched.
    case rejected(Rejection)
    /// It could not be written to the journal (the message says why), so it was not
    /// applied; the table accepts nothing more until the game is resumed.
    case notSaved(String)
}
