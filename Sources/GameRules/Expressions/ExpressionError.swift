/// A problem in an expression text, found when the game is read.
public struct ExpressionError: Error, Hashable, Sendable {
    /// A stable id such as `expr.unknown-name`.
    public var id: String
    /// A plain-language explanation.
    public var message: String
    /// Where the problem starts: a 0-based character offset in the expression text.
    public var offset: Int
    /// How to fix it, if there is an obvious fix.
    public var suggestion: String?

    /// Creates an error.
    public init(id: String, message: String, offset: Int, suggestion: String? = nil) {
        self.id = id
        self.message = message
        self.offset = offset
        self.suggestion = suggestion
    }
}
