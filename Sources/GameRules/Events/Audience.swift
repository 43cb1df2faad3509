/// Who may see a told event.
public enum Audience: Hashable, Sendable, Codable {
    /// The whole table.
    case everyone
    /// Only this role (and the facilitator).
    case role(Int)
    /// Only these two roles (and the facilitator), such as the two ends of a trust relation.
    case pair(Int, Int)

    /// The roles that may see it, or nil for the whole table.
    public var roles: [Int]? {
        switch self {
        case .everyone: nil
        case .role(let role): [role]
        case .pair(let a, let b): a == b ? [a] : [a, b]
        }
    }
}
