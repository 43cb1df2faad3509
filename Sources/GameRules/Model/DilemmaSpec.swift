/// A choice card: roles choose an option, secretly or openly, before a deadline.
public struct DilemmaSpec: Hashable, Sendable, Codable {
    /// The dilemma's id.
    public var id: String
    /// The title.
    public var title: String
    /// The situation, in the players' language.
    public var text: String
    /// The roles (indices) that choose; every role for a dilemma that anyone may pick up.
    public var choosers: [Int]
    /// Whether nobody owns it: any role may pick it up, and the first to choose decides for
    /// the table; undecided by the deadline, its default falls on every role. Never secret.
    public var anyone = false
    /// The options, in order.
    public var options: [DilemmaOption]
    /// Whether choices stay hidden until all have chosen.
    public var secret: Bool
    /// The round (index) in which it opens by itself, if scheduled.
    public var opensInRound: Int?
    /// Rounds the choosers have, counting the round it opens (a hot potato when it runs out).
    public var rounds: Int
    /// The option (index) forced on every chooser who has not chosen by the deadline.
    public var defaultOption: Int
    /// Effects applied when the deadline passes undecided, on top of the default option's.
    public var defaultEffects: [Effect]
    /// Extra effects applied when their condition holds after the decision.
    public var outcomes: [DilemmaOutcome]
    /// Whether it opens again after being decided.
    public var repeats: Bool

    /// Creates a dilemma.
    public init(
        id: String, title: String, text: String, choosers: [Int], options: [DilemmaOption],
        secret: Bool = true, opensInRound: Int? = nil, rounds: Int = 1, defaultOption: Int = 0,
        defaultEffects: [Effect] = [], outcomes: [DilemmaOutcome] = [], repeats: Bool = false
    ) {
        self.id = id
        self.title = title
        self.text = text
        self.choosers = choosers
        self.options = options
        self.secret = secret
        self.opensInRound = opensInRound
        self.rounds = rounds
        self.defaultOption = defaultOption
        self.defaultEffects = defaultEffects
        self.outcomes = outcomes
        self.repeats = repeats
    }
}
