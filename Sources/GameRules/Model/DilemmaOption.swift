/// One option of a dilemma, with the effects of choosing it (applied once per chooser).
public struct DilemmaOption: Hashable, Sendable, Codable {
    /// The option's id.
    public var id: String
    /// The text shown.
    public var label: String
    /// Effects applied once for each role that chose it.
    public var effects: [Effect]

    /// Creates an option.
    public init(id: String, label: String, effects: [Effect] = []) {
        self.id = id
        self.label = label
        self.effects = effects
    }
}
