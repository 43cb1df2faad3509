/// One decision of a dilemma: who chose what (revealed now), or that it was left undecided
/// and its default, what it cost, applied.
public struct DebriefDilemma: Hashable, Sendable {
    /// The dilemma's id in the game file.
    public var id: String
    /// The dilemma's title.
    public var title: String
    /// The round (index) of the decision.
    public var round: Int
    /// The calendar year of the decision.
    public var year: Int
    /// Each chooser's choice, in the dilemma's order of choosers.
    public var choices: [DebriefChoice]
    /// Whether it was a hot potato: nobody (or not everybody) chose in time and the default
    /// applied.
    public var defaulted: Bool
    /// What the default cost, as the game file's effects (empty when it did not default).
    public var cost: [String]
    /// The outcome's text, if the game file gives one.
    public var outcome: String
}
