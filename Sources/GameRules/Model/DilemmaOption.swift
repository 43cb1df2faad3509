/// One option of a dilemma, with the effects of choosing it (applied once per chooser).
public struct DilemmaOption: Hashable, Sendable, Codable {
    /// The option's id.
    public var id: String
    /// The text shown.
    public var label: String
    /// Effects applied once for each role that chose it.
    public var effects: [Effect]
    /// When the effects name the role that chose (`self`), they compiled once per role:
    /// `effectsByChooser[role]` with `self` meaning `role`. Nil when they do not name it.
    public var effectsByChooser: [[Effect]]?

    /// Creates an option.
    public init(
        id: String, label: String, effects: [Effect] = [], effectsByChooser: [[Effect]]? = nil
    ) {
        self.id = id
        self.label = label
        self.effects = effects
        self.effectsByChooser = effectsByChooser
    }

    /// The effects of `role` choosing this option, with `self` meaning that role.
    public func effects(for role: Int) -> [Effect] {
        guard let effectsByChooser, effectsByChooser.indices.contains(role) else { return effects }
        return effectsByChooser[role]
    }
}
