/// Money a role gets each year for one kind of project only (an own budget cycle, seed
/// 003): what is not spent on that kind by the end of the year lapses.
public struct EarmarkSpec: Hashable, Sendable, Codable {
    /// The kind of project the money is for.
    public var kind: ProjectSpec.Kind
    /// How much of the role's money is earmarked at the start of every year.
    public var amount: Double
    /// The last round (index) with earmarked money (nil: every round), such as the end of
    /// a replacement programme.
    public var lastRound: Int? = nil

    /// Creates an earmark.
    public init(kind: ProjectSpec.Kind, amount: Double, lastRound: Int? = nil) {
        self.kind = kind
        self.amount = amount
        self.lastRound = lastRound
    }

    /// The money earmarked at the start of `round`.
    public func amount(in round: Int) -> Double {
        lastRound.map { round <= $0 } ?? true ? amount : 0
    }
}
