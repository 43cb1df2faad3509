/// When graafrust holds after an opening closes.
public enum GraafrustRule: String, Hashable, Sendable, Codable, CaseIterable {
    /// After every opening, for `[digging] graafrust` rounds (or an agreement's own term).
    case opening
    /// Only while an agreement with a graafrust term is in force, for the rounds it agreed.
    case agreement
}
