/// Money a role gets each year for one kind of project only (an own budget cycle, seed
/// 003): what is not spent on that kind by the end of the year lapses.
public struct EarmarkSpec: Hashable, Sendable, Codable {
    /// The kind of project the money is for.
    public var kind: ProjectSpec.Kind
    /// How much of the role's money is earmarked at the start of every year.
    public var amount: Double

    /// Creates an earmark.
    public init(kind: ProjectSpec.Kind, amount: Double) {
        self.kind = kind
        self.amount = amount
    }
}
