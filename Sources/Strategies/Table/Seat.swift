/// Who plays one role at a table.
public enum Seat: Sendable {
    /// A person at the keyboard (or, later, on their own device).
    case person
    /// A bot.
    case bot(any Strategy)

    /// Whether a bot plays the seat.
    public var isBot: Bool {
        if case .bot = self { return true }
        return false
    }
}
