/// A number of the game that an effect changed, with its value before and after, so the
/// table sees what an event, a dilemma or a finished work did.
public enum StateChange: Hashable, Sendable, Codable {
    /// A role's budget.
    case budget(role: Int, before: Double, after: Double)
    /// A shared fund's balance.
    case fund(fund: Int, before: Double, after: Double)
    /// How much `from` trusts `to`.
    case trust(from: Int, to: Int, before: Double, after: Double)
    /// A variable.
    case variable(variable: Int, before: Double, after: Double)
    /// A role's score, changed by an effect (`score(beheer) += 3`).
    case score(role: Int, before: Double, after: Double)

    /// Who may see the change: a budget or score only its role, trust only its two roles.
    public var audience: Audience {
        switch self {
        case .budget(let role, _, _), .score(let role, _, _): .role(role)
        case .trust(let from, let to, _, _): .pair(from, to)
        case .fund, .variable: .everyone
        }
    }
}
