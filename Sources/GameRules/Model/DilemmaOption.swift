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
    /// What taking the option costs each role that chose it, charged when the dilemma is
    /// decided; 0 when it costs nothing. A role cannot choose what it cannot pay.
    public var cost: Double = 0
    /// The fund (index) that pays the cost instead of the chooser's budget, if any.
    public var costFund: Int? = nil

    /// Creates an option.
    public init(
        id: String, label: String, effects: [Effect] = [], effectsByChooser: [[Effect]]? = nil,
        cost: Double = 0, costFund: Int? = nil
    ) {
        self.id = id
        self.label = label
        self.effects = effects
        self.effectsByChooser = effectsByChooser
        self.cost = cost
        self.costFund = costFund
    }

    /// The effects of `role` choosing this option, with `self` meaning that role.
    public func effects(for role: Int) -> [Effect] {
        guard let effectsByChooser, effectsByChooser.indices.contains(role) else { return effects }
        return effectsByChooser[role]
    }
}
