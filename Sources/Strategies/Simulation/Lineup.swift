/// Which strategy plays which role in each game of a series.
public struct Lineup: Sendable {
    private enum Storage: Sendable {
        case fixed([any Strategy])
        case combinations([StrategyKind], roles: Int)
    }

    private let storage: Storage

    /// The same strategies in every game, one per role.
    public static func fixed(_ strategies: [any Strategy]) -> Lineup {
        Lineup(storage: .fixed(strategies))
    }

    /// The same built-in strategies in every game, one per role.
    public static func kinds(_ kinds: [StrategyKind]) -> Lineup {
        .fixed(kinds.map { $0.make() })
    }

    /// Every assignment of `kinds` to `roles` roles in turn: game `i` plays assignment
    /// `i % kinds.count^roles` (the first role's strategy changes fastest).
    public static func allCombinations(of kinds: [StrategyKind], roles: Int) -> Lineup {
        Lineup(storage: .combinations(kinds.isEmpty ? StrategyKind.allCases : kinds, roles: roles))
    }

    /// How many different assignments the lineup cycles through.
    public var count: Int {
        switch storage {
        case .fixed: return 1
        case .combinations(let kinds, let roles):
            var total = 1
            for _ in 0..<roles {
                total = total.multipliedReportingOverflow(by: kinds.count).partialValue
            }
            return max(1, total)
        }
    }

    /// Fresh strategies for game number `index`.
    public func strategies(forGame index: Int) -> [any Strategy] {
        switch storage {
        case .fixed(let strategies):
            return strategies
        case .combinations(let kinds, let roles):
            var code = index % count
            var chosen: [any Strategy] = []
            for _ in 0..<roles {
                chosen.append(kinds[code % kinds.count].make())
                code /= kinds.count
            }
            return chosen
        }
    }
}
