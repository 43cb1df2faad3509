import GameRules

/// What a search strategy believes about the other roles: for each, how likely it plays
/// cooperatively, from what it did in public (sharing plans, accepting, committing, paying
/// into funds) against what it withheld (refusals, rounds without
/// sharing).
struct OpponentModel: Sendable {
    /// Per role: public cooperative acts seen.
    private var cooperative: [Int]
    /// Per role: public refusals and rounds without sharing seen.
    private var selfish: [Int]
    /// Per role: whether it shared its plans in the current round.
    private var sharedThisRound: [Bool]

    /// A model of `roles` roles with no evidence yet: each is even odds.
    init(roles: Int) {
        cooperative = Array(repeating: 0, count: roles)
        selfish = Array(repeating: 0, count: roles)
        sharedThisRound = Array(repeating: false, count: roles)
    }

    /// The chance that `role` plays cooperatively: Laplace's rule over the acts seen.
    func cooperativeChance(of role: Int) -> Double {
        Double(1 + cooperative[role]) / Double(2 + cooperative[role] + selfish[role])
    }

    /// Takes note of one public event.
    mutating func observe(_ event: GameEvent) {
        switch event {
        case .shared(let role):
            cooperative[role] += 1
            sharedThisRound[role] = true
        case .committed(let role, _, _), .contributed(let role, _, _):
            cooperative[role] += 1
        case .responded(let role, _, let accept):
            if accept { cooperative[role] += 1 } else { selfish[role] += 1 }
        case .roundStarted(let round) where round > 0:
            for role in sharedThisRound.indices where !sharedThisRound[role] {
                selfish[role] += 1
            }
            sharedThisRound = Array(repeating: false, count: sharedThisRound.count)
        default:
            break
        }
    }

    /// Strategies for the other roles of one determinization, each drawn by its chance of
    /// playing cooperatively; `role`'s own place holds `own`.
    func players(
        own: any Strategy, role: Int, random: inout SeededGenerator
    ) -> [any Strategy] {
        cooperative.indices.map { other -> any Strategy in
            if other == role { return own }
            return random.chance(cooperativeChance(of: other))
                ? CooperativeStrategy() : SectoralStrategy()
        }
    }
}
