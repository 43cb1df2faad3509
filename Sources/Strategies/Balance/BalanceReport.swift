/// The outcome of a balance check: every line-up's results and the verdicts.
public struct BalanceReport: Hashable, Sendable {
    /// The master seed.
    public var masterSeed: UInt64
    /// The role ids.
    public var roles: [String]
    /// Each line-up's results, in the plan's order.
    public var lines: [BalanceLineResult]
    /// The verdicts.
    public var verdicts: [BalanceVerdict]

    /// A report.
    public init(
        masterSeed: UInt64, roles: [String], lines: [BalanceLineResult],
        verdicts: [BalanceVerdict]
    ) {
        self.masterSeed = masterSeed
        self.roles = roles
        self.lines = lines
        self.verdicts = verdicts
    }

    /// Whether every verdict holds.
    public var passed: Bool { verdicts.allSatisfy { $0.status == .holds } }

    /// Games played over all line-ups (failed games not counted).
    public var games: Int { lines.reduce(0) { $0 + $1.summary.games } }

    /// Games that hit the action cap or in which a bot failed, over all line-ups.
    public var brokenGames: Int {
        lines.reduce(0) { $0 + $1.summary.stalls + $1.summary.failures }
    }

    /// The content tally over every line-up.
    public var content: ContentTally? { ContentTally.merged(lines.map(\.content)) }
}
