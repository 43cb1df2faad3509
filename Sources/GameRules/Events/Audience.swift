/// Who may see a told event.
public enum Audience: Hashable, Sendable, Codable {
    /// The whole table.
    case everyone
    /// Only this role (and the facilitator).
    case role(Int)
}
