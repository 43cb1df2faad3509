/// What one line-up of a balance check gave.
public struct BalanceLineResult: Hashable, Sendable {
    /// The line-up.
    public var line: BalanceLine
    /// Its master seed.
    public var seed: UInt64
    /// The summary of its games.
    public var summary: Summary
    /// The content its games used.
    public var content: ContentTally

    /// A result.
    public init(line: BalanceLine, seed: UInt64, summary: Summary, content: ContentTally) {
        self.line = line
        self.seed = seed
        self.summary = summary
        self.content = content
    }
}
