import GameRules

/// Everything the debrief of one game shows, as plain values, texts already in the report's
/// language.
///
/// Built from a game's record by replaying it on a `Table` (see `DebriefReport+Building`);
/// the renderers (Markdown, CSV, HTML) only lay it out. Indices into `roles`, `districts`,
/// `indicators` and `forms` are the game's own role, district, indicator and form indices.
public struct DebriefReport: Hashable, Sendable {
    /// The game's title.
    public var title: String
    /// The language of the report's own texts.
    public var language: Language
    /// The seed of the game.
    public var seed: UInt64
    /// The calendar year of round 0.
    public var firstYear: Int
    /// The number of rounds the game has.
    public var rounds: Int
    /// The number of actions in the record.
    public var actionCount: Int
    /// Whether the game is over; otherwise the report stops where the record stops.
    public var finished: Bool
    /// How the game ended, in words (empty while it runs).
    public var ending: String
    /// The roles, in the game's order, with who sat in each seat.
    public var roles: [DebriefRole]
    /// The districts, in the game's order.
    public var districts: [DebriefDistrict]
    /// The indicators, in the game's order.
    public var indicators: [DebriefIndicator]
    /// The collaboration forms with the group trust each needs.
    public var forms: [DebriefForm]
    /// Each year reached, in order, with its story and numbers.
    public var years: [DebriefYear]
    /// Trust between the roles at the start of the game.
    public var trustAtStart: DebriefTrustMatrix
    /// Trust between the roles at the end (or where the record stops).
    public var trustAtEnd: DebriefTrustMatrix
    /// Per district, its street timeline.
    public var streets: [DebriefStreet]
    /// Per role, the promises it made, kept and broke.
    public var promises: [DebriefPromises]
    /// Every dilemma that was decided or dropped, each decision once.
    public var dilemmas: [DebriefDilemma]
    /// Every declared coupling: made, missed or unused.
    public var couplings: [DebriefCoupling]
    /// The money saved by couplings made.
    public var couplingSaved: Double
    /// The money the missed couplings would have saved.
    public var couplingForgone: Double
    /// Per role, its score and goals at the end.
    public var scores: [DebriefScore]
    /// The shared score and shared goals at the end.
    public var shared: DebriefScore
    /// Every event that fired, in order.
    public var events: [DebriefEvent]
    /// Every action of the record, in words.
    public var actions: [DebriefAction]
    /// The reflection questions (end of game first, then the years' questions), each with the
    /// data that answers it.
    public var questions: [DebriefQuestion]
    /// The same game and seed played again by bots; nil when not asked for.
    public var counterfactual: DebriefCounterfactual?
}
