import GameRules

/// One game played to its end by one strategy per role, with a hard cap on actions.
public struct Playout {
    /// The game as it ended (or stalled).
    public var game: Game
    /// Actions applied.
    public var actions: Int
    /// Whether the game did not end within the cap, or no role could act before the end.
    public var stalled: Bool
    /// Legal actions that `apply` refused (each is replaced by `ready`).
    public var refusedLegalActions: Int

    /// The default action cap for a game: every role may use every action of every phase.
    public static func defaultCap(for spec: GameSpec) -> Int {
        let roles = spec.roles.count
        return max(1, spec.rounds) * max(1, spec.phases.count) * roles
            * (Game.actionLimit + 4 + 3 * roles)
    }

    /// The seed of `role`'s own generator in a game with `seed`.
    public static func strategySeed(game seed: UInt64, role: Int) -> UInt64 {
        SeededGenerator.derivedSeed(master: seed ^ 0x5157_A7E6_1E5_0000, index: UInt64(role))
    }

    /// Plays a game of `spec` with `seed`; `inspect` sees the game after every action.
    public init(
        spec: GameSpec, seed: UInt64, strategies: [any Strategy], cap: Int? = nil,
        inspect: ((Game, Action) -> Void)? = nil
    ) {
        precondition(strategies.count == spec.roles.count, "one strategy per role")
        var players = strategies
        var generators = spec.roles.indices.map {
            SeededGenerator(seed: Playout.strategySeed(game: seed, role: $0))
        }
        var game = Game(spec: spec, seed: seed)
        let watchers = players.indices.filter { players[$0].observesEvents }
        for role in watchers {
            for told in game.openingEvents where told.isVisible(to: role) {
                players[role].observe(told.event, as: role)
            }
        }
        let limit = cap ?? Playout.defaultCap(for: spec)
        var actions = 0
        var refused = 0
        while actions < limit, let role = game.activeRole {
            var action = withUnsafePointer(to: &game) { pointer in
                players[role].choose(
                    Decision(borrowing: pointer, role: role), using: &generators[role])
            }
            var result = game.apply(action)
            if case .failure = result {
                refused += 1
                action = .ready(role: role)
                result = game.apply(action)
            }
            actions += 1
            if case .success(let told) = result, !watchers.isEmpty {
                for watcher in watchers {
                    for event in told where event.isVisible(to: watcher) {
                        players[watcher].observe(event.event, as: watcher)
                    }
                }
            }
            inspect?(game, action)
        }
        self.game = game
        self.actions = actions
        self.stalled = !game.isOver
        self.refusedLegalActions = refused
    }
}
