/// A collaboration form (coöperatie, coördinatie, collaboratie) and the rules it brings.
public struct FormSpec: Hashable, Sendable, Codable {
    /// What a role sees of the others' plans.
    public enum Visibility: String, Hashable, Sendable, Codable, CaseIterable {
        /// Only what others chose to share.
        case shared
        /// All plans within the horizon.
        case horizon
        /// All plans.
        case all
    }

    /// How proposals and fund spending are decided.
    public enum DecisionRule: String, Hashable, Sendable, Codable, CaseIterable {
        /// Everyone concerned must accept for themselves.
        case alone
        /// A coordinator decides: it passes unless someone concerned refuses.
        case coordinator
        /// A vote of all roles: a majority of those who answered.
        case vote
    }

    /// The form's id.
    public var id: String
    /// The display name.
    public var name: String
    /// A short explanation for players.
    public var text: String
    /// What roles see of others' plans.
    public var visibility: Visibility
    /// How many rounds ahead plans are visible under `horizon`.
    public var horizon: Int
    /// How proposals and fund spending are decided.
    public var decision: DecisionRule
    /// Extra money saved on every coupling made in this form.
    public var couplingBonus: Double
    /// The coordinator's cost per round, split equally over the roles.
    public var coordinatorCost: Double
    /// The group trust the form needs; below it the form falls back to the first form.
    public var minGroupTrust: Double

    /// Creates a form.
    public init(
        id: String, name: String, text: String = "", visibility: Visibility = .shared,
        horizon: Int = 0, decision: DecisionRule = .alone, couplingBonus: Double = 0,
        coordinatorCost: Double = 0, minGroupTrust: Double = 0
    ) {
        self.id = id
        self.name = name
        self.text = text
        self.visibility = visibility
        self.horizon = horizon
        self.decision = decision
        self.couplingBonus = couplingBonus
        self.coordinatorCost = coordinatorCost
        self.minGroupTrust = minGroupTrust
    }

    /// Each party on its own: the form a game has when it names none.
    public static let solo = FormSpec(id: "cooperatie", name: "coöperatie")
}
