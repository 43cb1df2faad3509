import GameRules

/// One line-up of a balance check: who plays which seat, how many games, and its own seed.
public struct BalanceLine: Hashable, Sendable, Codable {
    /// Who plays which seat.
    public enum Seats: Hashable, Sendable, Codable {
        /// Every seat plays the same strategy.
        case everyone(String)
        /// One seat plays a strategy, every other seat another one.
        case alone(seat: Int, strategy: String, rest: String)
        /// Every assignment of these built-in strategies to the seats in turn.
        case combinations([StrategyKind])
    }

    /// A stable key: the line's seed comes from it, so adding a line changes no other line.
    public var id: String
    /// Who plays which seat.
    public var seats: Seats
    /// Games to play.
    public var games: Int

    /// A line of `games` games.
    public init(seats: Seats, games: Int, roles: [String]) {
        self.seats = seats
        self.games = games
        switch seats {
        case .everyone(let name): id = "all=\(name)"
        case .alone(let seat, let strategy, let rest):
            id = "\(roles[seat])=\(strategy),rest=\(rest)"
        case .combinations(let kinds):
            id = "combinations=" + kinds.map(\.rawValue).joined(separator: "+")
        }
    }

    /// How the line reads in a table: "all cooperative", "sectoral beheer, rest cooperative".
    public func label(roles: [String]) -> String {
        switch seats {
        case .everyone(let name): "all \(name)"
        case .alone(let seat, let strategy, let rest): "\(strategy) \(roles[seat]), rest \(rest)"
        case .combinations: "all combinations (no mcts)"
        }
    }

    /// The line's master seed: derived from the check's master seed and a hash of `id`.
    public func seed(master: UInt64) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in id.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        return SeededGenerator.derivedSeed(master: master, index: hash)
    }

    /// The strategy playing `seat` when every seat of the line plays one fixed strategy.
    public func strategy(seat: Int) -> String? {
        switch seats {
        case .everyone(let name): name
        case .alone(let alone, let strategy, let rest): seat == alone ? strategy : rest
        case .combinations: nil
        }
    }

    /// Whether `seat` plays `strategy` alone among players of `rest`.
    public func isAlone(seat: Int, strategy: String? = nil, rest: String) -> Bool {
        guard case .alone(let alone, let name, let others) = seats else { return false }
        return alone == seat && others == rest && (strategy == nil || strategy == name)
    }
}
