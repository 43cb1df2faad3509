import GameRules

/// Plays a game on from where it stands, one strategy per role, without a table: no record,
/// no log, only the game. Search strategies value their candidates with it.
struct Rollout {
    /// The game as it stands.
    private(set) var game: Game
    /// The strategies, one per role.
    private var players: [any Strategy]
    /// The roles whose strategies want to be told events.
    private let watchers: [Int]

    /// A rollout of `game` with `players`, one per role.
    init(game: Game, players: [any Strategy]) {
        precondition(players.count == game.spec.roles.count, "one strategy per role")
        self.game = game
        self.players = players
        watchers = players.indices.filter { players[$0].observesEvents }
    }

    /// Plays until the game ends, the round `endRound` (index) begins, or `cap` actions were
    /// taken; the generator of each choice is drawn from `random`. A refused action is
    /// replaced by `ready`, as a table does.
    mutating func play(until endRound: Int, cap: Int, random: inout SeededGenerator) {
        var steps = 0
        while steps < cap, game.state.round < endRound, let role = game.activeRole {
            steps += 1
            var generator = SeededGenerator(seed: random.next())
            let action: Action
            do {
                // The decision's copy of the game ends here, before the game changes (else
                // the change would copy every array it shares with that copy).
                let decision = Decision(game: game, role: role)
                action = players[role].choose(decision, using: &generator)
            }
            switch game.apply(action) {
            case .success(let told):
                tell(told)
            case .failure:
                if case .success(let told) = game.apply(.ready(role: role)) { tell(told) }
            }
        }
    }

    /// Tells every watching strategy the events its role may see.
    private mutating func tell(_ told: [ToldEvent]) {
        for role in watchers {
            for event in told where event.isVisible(to: role) {
                players[role].observe(event.event, as: role)
            }
        }
    }
}
