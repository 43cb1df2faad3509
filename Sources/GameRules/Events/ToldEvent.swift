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
        guard let role else { return true }
        switch audience {
        case .everyone: return true
        case .role(let only): return only == role
        case .pair(let a, let b): return role == a || role == b
        }
    }
}
