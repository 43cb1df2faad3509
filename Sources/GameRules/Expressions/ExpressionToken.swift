/// One token of an expression text, with its character offset.
struct ExpressionToken: Hashable, Sendable {
    /// What kind of token it is.
    enum Kind: Hashable, Sendable {
        case number(Double)
        case name(String)
        case symbol(String)
        case end
    }

    /// The token.
    var kind: Kind
    /// The 0-based character offset where it starts.
    var offset: Int

    /// Whether this is the symbol `text`.
    func isSymbol(_ text: String) -> Bool { kind == .symbol(text) }

    /// Whether this is the word `text` (a keyword such as `and`).
    func isWord(_ text: String) -> Bool { kind == .name(text) }
}
