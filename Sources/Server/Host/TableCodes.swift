/// The join codes of one table: the facilitator's and one per role.
public struct TableCodes: Codable, Equatable, Sendable {
    /// The facilitator's code.
    public var facilitator: String
    /// Each role's code, by role id.
    public var roles: [String: String]

    /// Creates the codes.
    public init(facilitator: String, roles: [String: String]) {
        self.facilitator = facilitator
        self.roles = roles
    }

    /// New random codes for the roles `roleIDs`.
    public static func random(roleIDs: [String]) -> TableCodes {
        var roles: [String: String] = [:]
        for id in roleIDs { roles[id] = SeatCode.random() }
        return TableCodes(facilitator: SeatCode.random(), roles: roles)
    }
}
