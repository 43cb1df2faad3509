/// A compiled, type-checked expression from a game file, evaluated fast during play.
public struct Expression: Hashable, Sendable, Codable {
    /// The text as the facilitator wrote it.
    public var source: String
    /// The resolved tree.
    public var root: ExpressionNode

    /// Creates an expression from its text and resolved tree.
    public init(source: String, root: ExpressionNode) {
        self.source = source
        self.root = root
    }

    /// The value in `env` (a condition gives 1 or 0).
    public func number<E: ExpressionEnvironment>(in env: E) -> Double { root.value(in: env) }

    /// Whether the condition holds in `env`.
    public func isTrue<E: ExpressionEnvironment>(in env: E) -> Bool { root.value(in: env) != 0 }

    /// The value when it never depends on the game (`1 > 2`, `false`), else nil.
    public var constantValue: Double? {
        guard root.isConstant else { return nil }
        if case .constant(let value) = root { return value }
        return nil
    }

    /// Whether this condition can never hold.
    public var isConstantFalse: Bool { constantValue == 0 }
}
