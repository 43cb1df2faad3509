extension Game {
    private enum CodingKeys: String, CodingKey {
        case spec, state, openingEvents
    }

    /// Reads a game: its rules, its state and its opening events.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            spec: try container.decode(GameSpec.self, forKey: .spec),
            state: try container.decode(GameState.self, forKey: .state),
            openingEvents: try container.decode([ToldEvent].self, forKey: .openingEvents))
    }

    /// Writes a game: its rules, its state and its opening events.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(spec, forKey: .spec)
        try container.encode(state, forKey: .state)
        try container.encode(openingEvents, forKey: .openingEvents)
    }

    /// Games are equal when their rules, state and opening events are.
    public static func == (lhs: Game, rhs: Game) -> Bool {
        lhs.spec == rhs.spec && lhs.state == rhs.state
            && lhs.openingEvents == rhs.openingEvents
    }

    /// Hashes the state, which tells games apart well enough.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(state)
    }
}
