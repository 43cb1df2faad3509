import GameRules

/// One game played to its end by one strategy per role, with a hard cap on actions, on a
/// `Table`.
public struct Playout {
    /// The table as the game ended (or stalled): the game, its record and its log.
    public var table: Table
    /// Actions applied.
    public var actions: Int
    /// Whether the game did not end within the cap, or no role could act before the end
    /// (a failed game is not stalled).
    public var stalled: Bool
    /// Why a bot could not choose, when one failed: the game stopped there.
    public var failure: BotFailure? { table.botFailure }

    /// The game as it ended (or stalled).
    public var game: Game { table.game }

    /// Bot actions that the rules refused (each was replaced by `ready`).
    public var refusedLegalActions: Int { table.refusedBotActions.count }

    /// The default action cap for a game: every role may use every action of every phase.
    public static func defaultCap(for spec: GameSpec) -> Int {
        let roles = spec.roles.count
        return max(1, spec.rounds) * max(1, spec.phases.count) * roles
            * (Game.actionLimit + 4 + 3 * roles)
    }

    /// Plays a game of `spec` with `seed`; `inspect` sees the game after every action.
    public init(
        spec: GameSpec, seed: UInt64, strategies: [any Strategy], cap: Int? = nil,
        keepsLog: Bool = false, inspect: ((Game, Action) -> Void)? = nil
    ) {
        precondition(strategies.count == spec.roles.count, "one strategy per role")
        var bots: [Int: any Strategy] = [:]
        for (role, strategy) in strategies.enumerated() { bots[role] = strategy }
        var table = Table(spec: spec, seed: seed, bots: bots, keepsLog: keepsLog)
        let limit = cap ?? Playout.defaultCap(for: spec)
        var actions = 0
        while actions < limit, let step = table.stepBot() {
            actions += 1
            inspect?(table.game, step.action)
        }
        self.table = table
        self.actions = actions
        self.stalled = !table.game.isOver && table.botFailure == nil
    }
}
