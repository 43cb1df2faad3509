/// One year of one district's street.
public struct DebriefStreetYear: Hashable, Sendable {
    /// The round (index).
    public var round: Int
    /// The calendar year.
    public var year: Int
    /// Whether the year was reached in the game.
    public var reached: Bool
    /// The names of the projects that dug here this year (empty: the street stayed closed).
    public var projects: [String]
    /// Whether this year's opening broke graafrust.
    public var breach: Bool
    /// Whether graafrust held here this year.
    public var graafrust: Bool
    /// The names of the couplings carried out here this year.
    public var couplings: [String]
}
