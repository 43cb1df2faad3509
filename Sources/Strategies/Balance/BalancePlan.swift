import GameRules

/// The line-ups of a balance check, from the game's seats and the check's settings.
public struct BalancePlan: Hashable, Sendable {
    /// An extra strategy to try in one seat or in every seat (for example an outside bot).
    public struct Extra: Hashable, Sendable {
        /// The seat, or nil for every seat.
        public var seat: Int?
        /// The strategy's name, as `--strategy` names it.
        public var strategy: String

        /// An extra strategy for `seat` (nil: every seat).
        public init(seat: Int?, strategy: String) {
            self.seat = seat
            self.strategy = strategy
        }
    }

    /// The built-in strategies whose tables are compared, and that play all combinations.
    public static let fixedKinds: [StrategyKind] = [
        .random, .sectoral, .cooperative, .reciprocal, .greedy,
    ]
    /// The strategies that may tempt a seat away from an all-cooperative table.
    public static let deviations: [StrategyKind] = [.sectoral, .greedy]

    /// The role ids.
    public var roles: [String]
    /// Games per line-up of fixed strategies.
    public var games: Int
    /// Games per line-up with the strong bot in a seat (0: no strong-bot lines).
    public var strongGames: Int
    /// Strategies to try besides the built-in ones.
    public var extras: [Extra]

    /// A plan for a game with `roles`.
    public init(roles: [String], games: Int, strongGames: Int, extras: [Extra] = []) {
        self.roles = roles
        self.games = games
        self.strongGames = strongGames
        self.extras = extras
    }

    /// The strategies that try to tempt `seat` away from an all-cooperative table.
    public func temptations(seat: Int) -> [String] {
        var names = Self.deviations.map(\.rawValue)
        if strongGames > 0 { names.append(StrategyKind.mcts.rawValue) }
        for extra in extras where extra.seat == nil || extra.seat == seat {
            if !names.contains(extra.strategy) { names.append(extra.strategy) }
        }
        return names
    }

    /// Every line-up, in the order of the tables.
    public var lines: [BalanceLine] {
        let cooperative = StrategyKind.cooperative.rawValue
        let sectoral = StrategyKind.sectoral.rawValue
        func line(_ seats: BalanceLine.Seats, games: Int? = nil) -> BalanceLine {
            BalanceLine(seats: seats, games: games ?? self.games, roles: roles)
        }
        var lines = Self.fixedKinds.map { line(.everyone($0.rawValue)) }
        for seat in roles.indices {
            for name in temptations(seat: seat) {
                let strong = name == StrategyKind.mcts.rawValue
                lines.append(
                    line(
                        .alone(seat: seat, strategy: name, rest: cooperative),
                        games: strong ? strongGames : games))
            }
        }
        for seat in roles.indices {
            lines.append(line(.alone(seat: seat, strategy: cooperative, rest: sectoral)))
            for extra in extras where extra.seat == nil || extra.seat == seat {
                lines.append(line(.alone(seat: seat, strategy: extra.strategy, rest: sectoral)))
            }
        }
        lines.append(line(.combinations(Self.fixedKinds)))
        var seen: Set<String> = []
        return lines.filter { seen.insert($0.id).inserted }
    }
}
