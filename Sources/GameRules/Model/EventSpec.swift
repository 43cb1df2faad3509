/// Something that happens to the neighbourhood: scheduled, conditional or random.
public struct EventSpec: Hashable, Sendable, Codable {
    /// The event's id.
    public var id: String
    /// The headline.
    public var title: String
    /// The news text.
    public var text: String
    /// The round (index) it is scheduled for, if any.
    public var round: Int?
    /// A condition that must hold for it to fire.
    public var condition: Expression?
    /// The chance it fires when eligible (1 = certain).
    public var chance: Double
    /// Whether it may fire more than once.
    public var repeatable: Bool
    /// What happens.
    public var effects: [Effect]
    /// A dilemma (index) it opens.
    public var opensDilemma: Int?
    /// Projects (indices) it forces to start now, ignoring graafrust and plans.
    public var forcesProjects: [Int]

    /// Creates an event.
    public init(
        id: String, title: String, text: String, round: Int? = nil, condition: Expression? = nil,
        chance: Double = 1, repeatable: Bool = false, effects: [Effect] = [],
        opensDilemma: Int? = nil, forcesProjects: [Int] = []
    ) {
        self.id = id
        self.title = title
        self.text = text
        self.round = round
        self.condition = condition
        self.chance = chance
        self.repeatable = repeatable
        self.effects = effects
        self.opensDilemma = opensDilemma
        self.forcesProjects = forcesProjects
    }
}
