import GameRules

/// One year of the game in the debrief: its story and its numbers.
public struct DebriefYear: Hashable, Sendable {
    /// The round (index).
    public var round: Int
    /// The calendar year.
    public var year: Int
    /// Whether the year's review closed it; otherwise `end` is the state where the record
    /// stops.
    public var closed: Bool
    /// The story of the year in sentences: news, decisions, works, changes of form (everything,
    /// as the facilitator sees it; no colour, no blank lines).
    public var story: [String]
    /// The numbers when the year's first decision was due.
    public var start: YearSnapshot
    /// The numbers when the year closed (or where the record stops).
    public var end: YearSnapshot
    /// The name of the collaboration form at the end of the year.
    public var formName: String
    /// The change in group trust over the year (`end` minus `start`).
    public var trustChange: Double
    /// Per role, the trust it gave at the end of the year: its mean trust in the others.
    public var trustGiven: [Double]
    /// Per role, the trust it received at the end of the year: the others' mean trust in it.
    public var trustReceived: [Double]
    /// Per district, the projects that dug there this year (names; empty when the street
    /// stayed closed).
    public var openings: [[String]]
    /// Per district, whether graafrust held there this year.
    public var graafrust: [Bool]
}
