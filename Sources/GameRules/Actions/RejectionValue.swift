/// One value a refusal names, typed, so that the interface shows it in the player's language
/// (a role by its name, a round as its year, money as money) and no message misses a value.
public enum RejectionValue: Hashable, Sendable, Codable {
    /// A role (index).
    case role(Int)
    /// A project (index).
    case project(Int)
    /// A shared fund (index).
    case fund(Int)
    /// A dilemma (index).
    case dilemma(Int)
    /// An option of a dilemma (index).
    case option(Int)
    /// An open proposal, by its number.
    case proposal(Int)
    /// An event (index).
    case event(Int)
    /// A collaboration form (index).
    case form(Int)
    /// A declared coupling (index).
    case coupling(Int)
    /// An agreement (index).
    case agreement(Int)
    /// A variable (index).
    case variable(Int)
    /// A district (index).
    case district(Int)
    /// A phase (index).
    case phase(Int)
    /// A round (index), shown as its year.
    case round(Int)
    /// An amount of money.
    case money(Double)
    /// A trust level (0-100).
    case trust(Double)
    /// A plain count.
    case count(Int)
    /// The precondition of a project (index), shown as a condition.
    case condition(project: Int)
}
