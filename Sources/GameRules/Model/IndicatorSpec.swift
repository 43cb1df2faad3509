/// A named value on the score board: computed by an expression, with a good direction.
public struct IndicatorSpec: Hashable, Sendable, Codable {
    /// The indicator's id.
    public var id: String
    /// The display name.
    public var name: String
    /// How it is computed (a stored variable is `Expression` of that variable).
    public var value: Expression
    /// Whether higher values are better.
    public var higherIsBetter: Bool

    /// Creates an indicator.
    public init(id: String, name: String, value: Expression, higherIsBetter: Bool = true) {
        self.id = id
        self.name = name
        self.value = value
        self.higherIsBetter = higherIsBetter
    }
}
