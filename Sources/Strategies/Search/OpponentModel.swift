import GameRules

/// What a search strategy believes about the other roles: for each, how likely it plays
/// cooperatively, read from the public history: sharing plans, promising, paying into funds
/// and accepting count for it; refusals and rounds without sharing count against it.
struct OpponentModel: Sendable {
    /// Per role: public cooperative acts seen.
    private var cooperative: [Int]
    /// Per role: public refusals and rounds without sharing seen.
    private var selfish: [Int]
    /// Per role: whether it shared its plans in `round`.
    private var sharedInRound: [Bool]
    /// The round being read.
    private var round = 0
    /// How many history entries were read.
    private var read = 0

    /// A model of `roles` roles with no evidence yet: each is even odds.
    init(roles: Int) {
        cooperative = Array(repeating: 0, count: roles)
        selfish = Array(repeating: 0, count: roles)
        sharedInRound = Array(repeating: false, count: roles)
    }

    /// The chance that `role` plays cooperatively: Laplace's rule over the acts seen.
    func cooperativeChance(of role: Int) -> Double {
        Double(1 + cooperative[role]) / Double(2 + cooperative[role] + selfish[role])
    }

    /// Reads the entries of `history` it has not read yet; `now` is the current round.
    mutating func read(_ history: [HistoryEntry], now: Int) {
        while read < history.count {
            let entry = history[read]
            read += 1
            close(upTo: entry.round)
            switch entry.act {
            case .shared(let role, _):
                cooperative[role] += 1
                sharedInRound[role] = true
            case .promised(let role, _, _), .contributed(let role, _, _):
                cooperative[role] += 1
            case .responded(let role, _, let accept):
                if accept { cooperative[role] += 1 } else { selfish[role] += 1 }
            default:
                break
            }
        }
        close(upTo: now)
    }

    /// Counts every round before `next` in which a role did not share against it.
    private mutating func close(upTo next: Int) {
        while round < next {
            for role in sharedInRound.indices where !sharedInRound[role] { selfish[role] += 1 }
            sharedInRound = Array(repeating: false, count: sharedInRound.count)
            round += 1
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
