/// One district's street over the years: when it was open, for what, and what went wrong.
public struct DebriefStreet: Hashable, Sendable {
    /// The district (index into the report's districts).
    public var district: Int
    /// One entry per year of the game (all rounds, also those not reached), in order.
    public var years: [DebriefStreetYear]
    /// The number of openings.
    public var openings: Int
    /// The number of openings that broke graafrust.
    public var breaches: Int
}
