/// The built-in strategies by name, for the command line and tournaments.
public enum StrategyKind: String, CaseIterable, Hashable, Sendable, Codable {
    /// Uniform over the legal actions, saying ready three times in ten so games end.
    case random
    /// Pursues only its own goals: plans its projects, shares nothing, refuses every proposal.
    case sectoral
    /// Shares plans, couples works, pays its fair share, keeps promises, seeks higher forms.
    case cooperative
    /// Cooperates with roles that cooperate with it; withdraws from those that break promises or free-ride.
    case reciprocal
    /// Takes the action with the best immediate gain for its own score (one-step lookahead).
    case greedy
    /// The strong bot: Monte Carlo search, each round, over which built-in strategy to play,
    /// by rollouts to the end on determinized copies (`MonteCarloStrategy`).
    case mcts

    /// A one-line description, for `--help`.
    public var summary: String {
        switch self {
        case .random: "uniform over the legal actions, ready with probability 0.3"
        case .sectoral: "own goals only: plans own projects, shares nothing, refuses proposals"
        case .cooperative: "shares plans, couples works, pays its fair share, keeps promises"
        case .reciprocal: "tit-for-tat: cooperates with those who cooperate, forgives slowly"
        case .greedy: "best immediate gain for its own score (one-step lookahead)"
        case .mcts: "strong bot: each round, plays the built-in strategy whose rollouts score best"
        }
    }

    /// A fresh strategy of this kind with its default settings.
    public func make() -> any Strategy {
        switch self {
        case .random: RandomStrategy()
        case .sectoral: SectoralStrategy()
        case .cooperative: CooperativeStrategy()
        case .reciprocal: ReciprocalStrategy()
        case .greedy: GreedyStrategy()
        case .mcts: MonteCarloStrategy()
        }
    }

    /// Names that still read as a kind: `search`, the name of the strong bot before `mcts`.
    public static let aliases: [String: StrategyKind] = ["search": .mcts]

    /// The kind with this name or alias, ignoring case.
    public init?(name: String) {
        let lowered = name.lowercased()
        guard let kind = StrategyKind(rawValue: lowered) ?? StrategyKind.aliases[lowered] else {
            return nil
        }
        self = kind
    }
}
