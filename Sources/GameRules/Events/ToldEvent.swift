/// An event together with who may see it.
public struct ToldEvent: Hashable, Sendable, Codable {
    /// What happened.
    public var event: GameEvent
    /// Who may see it.
    public var audience: Audience

    /// Creates a told event.
    public init(_ event: GameEvent, to audience: Audience = .everyone) {
        self.event = event
        self.audience = audience
    }

    /// Whether `role` may see it; nil means the facilitator, who sees everything.
    public func isVisible(to role: Int?) -> Bool {
        guard let role, let roles = audience.roles else { return true }
        return roles.contains(role)
    }
}
