/// Effects of a dilemma that depend on the combination of choices.
public struct DilemmaOutcome: Hashable, Sendable, Codable {
    /// When the outcome applies, usually with `chose(role, option)`.
    public var condition: Expression
    /// What happens.
    public var effects: [Effect]
    /// A text told to the table.
    public var text: String

    /// Creates an outcome.
    public init(condition: Expression, effects: [Effect], text: String = "") {
        self.condition = condition
        self.effects = effects
        self.text = text
    }
}
