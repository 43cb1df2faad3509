import GameRules

/// One year of a game in the table's log.
public struct YearLog: Hashable, Sendable {
    /// The round (index).
    public var round: Int
    /// The calendar year.
    public var year: Int
    /// The state when the year's first decision was due: after its income and news.
    public var opening: YearSnapshot
    /// The state when the year's review closed it, once it has.
    public var closing: YearSnapshot?
    /// Everything told during the year, each with its audience, in order.
    public var told: [ToldEvent]
    /// The positions in the record of the actions taken during the year.
    public var actions: Range<Int>
}
