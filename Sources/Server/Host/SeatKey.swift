/// One way into one table: a role's seat, or the table's facilitator.
public struct SeatKey: Hashable, Sendable, CustomStringConvertible {
    /// The table, counted from 1.
    public var table: Int
    /// The role's id (`beheer`), or nil for the facilitator.
    public var role: String?

    /// Creates a key.
    public init(table: Int, role: String?) {
        self.table = table
        self.role = role
    }

    /// `tafel 1 · beheer`, or `tafel 1 · facilitator`.
    public var description: String { "table \(table) · \(role ?? "facilitator")" }
}
