import GameRules

/// The one driver of a game: it owns the game, its record and its bots, and every way of
/// playing (the terminal, tournaments, random tests, replays) moves a game only through it.
///
/// A table submits actions (a person's, or a bot's when `stepBot()` asks the bot whose turn
/// it is), writes each accepted action to its journal before it applies it, tells bots what
/// their roles see, and keeps a per-year log. It knows no interface: what to show is the
/// caller's business, using the told events each step returns.
public struct Table {
    /// The game as it stands.
    public private(set) var game: Game
    /// Every accepted action, in order.
    public private(set) var record: GameRecord
    /// What happened year by year, when the table keeps a log.
    public private(set) var log: TableLog?
    /// Every action a bot chose that the rules refused: each one is a bug in that bot or in
    /// the rules, replaced by `ready` so that the game goes on.
    public private(set) var refusedBotActions: [RefusedBotAction] = []
    /// Why the journal stopped taking actions, once a write failed; the table then accepts
    /// nothing more.
    public private(set) var journalFailure: String?
    /// Where accepted actions are written before they are applied.
    public var journal: (any TableJournal)?
    /// Why a bot could not choose, once one failed; `stepBot()` then moves no bot on this
    /// table (a caller that goes on rebuilds the table without that bot).
    public private(set) var botFailure: BotFailure?

    /// The bots, by role (nil where a person plays).
    private var bots: [(any Strategy)?]
    /// Per role, whether a bot plays it (read on every step: comparing an optional
    /// strategy with nil copied the strategy).
    private let isBot: [Bool]
    /// The roles whose bots want to be told events.
    private var watchers: [Int]
    /// Whether any bot can fail to choose (a bot outside the engine).
    private var anyMayFail: Bool
    /// Per role, the view its bot's last decision built, updated in place by the next one.
    private var keptViews: [RoleView?]
    /// The events of the last action, written in place by the next one once no step holds
    /// them any more (one buffer for a whole game instead of one per action).
    private var told: [ToldEvent] = []

    /// Starts a new game of `spec` with `seed`; `bots` play their roles, people the rest.
    public init(
        spec: GameSpec, seed: UInt64, definitionHash: String = "", bots: [Int: any Strategy] = [:],
        keepsLog: Bool = false, journal: (any TableJournal)? = nil
    ) {
        game = Game(spec: spec, seed: seed)
        record = GameRecord(definitionHash: definitionHash, seed: seed)
        self.bots = spec.roles.indices.map { bots[$0] }
        watchers = spec.roles.indices.filter { bots[$0]?.observesEvents == true }
        isBot = spec.roles.indices.map { bots[$0] != nil }
        anyMayFail = bots.values.contains { $0.mayFail }
        keptViews = Array(repeating: nil, count: spec.roles.count)
        self.journal = journal
        if keepsLog { log = TableLog(opening: game) }
        tell(game.openingEvents)
    }

    /// Whether a bot plays `role`.
    public func isBot(_ role: Int) -> Bool { isBot.indices.contains(role) && isBot[role] }

    /// The generator of a bot's choice after `history` accepted actions of a game with `seed`:
    /// it depends on nothing else, so a bot chooses the same after a resume, an undo, or in a
    /// replay of a simulated game.
    public static func botGenerator(seed: UInt64, history: Int) -> SeededGenerator {
        SeededGenerator(
            seed: SeededGenerator.derivedSeed(master: seed ^ 0xB07_B07, index: UInt64(history)))
    }

    /// Submits `action`: on acceptance it is written to the journal, applied and recorded,
    /// and the events it caused are returned; otherwise the game is untouched.
    public mutating func submit(_ action: Action) -> Result<TableStep, TableRefusal> {
        submit(action, accepted: false)
    }

    /// `submit(_:)`; `accepted` says the rules accept the action now (a bot's decision found
    /// it legal on this game), so it is not checked again.
    private mutating func submit(_ action: Action, accepted: Bool) -> Result<
        TableStep, TableRefusal
    > {
        if let journalFailure { return .failure(.notSaved(journalFailure)) }
        guard let journal else {
            // Nothing to write first: the rules check the action once, as they apply it.
            return apply(action, accepted: accepted).mapError { .rejected($0) }
        }
        if !accepted, let rejection = game.check(action) {
            return .failure(.rejected(rejection))
        }
        do {
            try journal.append(action)
        } catch {
            journalFailure = String(describing: error)
            return .failure(.notSaved(journalFailure ?? ""))
        }
        return apply(action, accepted: true).mapError { .rejected($0) }
    }

    /// Lets the bot whose turn it is make one move: nil when no bot is to move (a person's
    /// turn, a pause, the end), the journal failed or a bot failed (`botFailure`). A refused
    /// bot action is counted in `refusedBotActions` and replaced by `ready`.
    public mutating func stepBot() -> TableStep? {
        guard journalFailure == nil, botFailure == nil, !game.state.paused,
            let role = game.activeRole, isBot[role]
        else { return nil }
        let (action, accepted) = chooseBotAction(role)
        if anyMayFail, bots[role]!.mayFail, var failure = bots[role]!.failure {
            failure.role = failure.role ?? game.spec.roles[role].id
            botFailure = failure
            return nil
        }
        switch submit(action, accepted: accepted) {
        case .success(let step):
            return step
        case .failure(.notSaved):
            return nil
        case .failure(.rejected(let rejection)):
            refusedBotActions.append(
                RefusedBotAction(
                    index: record.actions.count, action: action, rejection: rejection))
            guard case .success(let step) = submit(.ready(role: role)) else { return nil }
            return step
        }
    }

    /// Asks the bot of `role` for its move, and whether its decision found that move legal
    /// (on this game, which has not changed since); the decision's copy of the game ends
    /// with this call, before the game changes.
    private mutating func chooseBotAction(_ role: Int) -> (action: Action, accepted: Bool) {
        var random = Table.botGenerator(seed: record.seed, history: record.actions.count)
        let decision = Decision(game: game, role: role, reusing: keptViews[role].take())
        let action = bots[role]!.choose(decision, using: &random)
        keptViews[role] = decision.viewToKeep()
        return (action, decision.vouches(for: action))
    }

    /// Applies an action (the game untouched when the rules refuse it; not checked again
    /// when `accepted`), records it, tells the bots and logs it.
    private mutating func apply(_ action: Action, accepted: Bool = false) -> Result<
        TableStep, Rejection
    > {
        let proposalsBefore = game.state.proposals
        if accepted {
            game.applyAccepted(action, into: &told)
        } else if let rejection = game.apply(action, into: &told) {
            return .failure(rejection)
        }
        record.actions.append(action)
        tell(told)
        log?.add(action, told: told, game: game, index: record.actions.count - 1)
        return .success(TableStep(action: action, told: told, proposalsBefore: proposalsBefore))
    }

    /// Tells every watching bot the events its role may see.
    private mutating func tell(_ told: [ToldEvent]) {
        for role in watchers {
            for event in told where event.isVisible(to: role) {
                bots[role]!.observe(event.event, as: role)
            }
        }
    }
}

extension Table {
    /// Replays `actions` on a new table, up to the first that the rules refuse (reported as
    /// `failure`). Bots are told everything their roles saw, and bots that remember their
    /// choices make their recorded moves again, so they stand where they stood. `each` sees
    /// every replayed step. The journal is attached only after the replay.
    public static func replaying(
        spec: GameSpec, seed: UInt64, definitionHash: String = "", actions: [Action],
        bots: [Int: any Strategy] = [:], keepsLog: Bool = false,
        each: ((TableStep, Game) -> Void)? = nil
    ) -> (table: Table, failure: ReplayFailure?) {
        var table = Table(
            spec: spec, seed: seed, definitionHash: definitionHash, bots: bots, keepsLog: keepsLog)
        for (index, action) in actions.enumerated() {
            if let role = action.role, table.bots[role]?.remembersChoices == true {
                _ = table.chooseBotAction(role)
            }
            switch table.apply(action) {
            case .failure(let rejection):
                return (table, ReplayFailure(index: index, action: action, rejection: rejection))
            case .success(let step):
                each?(step, table.game)
            }
        }
        return (table, nil)
    }

    /// Takes back the last `count` actions (all, if fewer) by replaying the record without
    /// them, with fresh bots made by `makeBots`; the undo is written to the journal first.
    public mutating func undo(_ count: Int, makeBots: () -> [Int: any Strategy]) -> TableRefusal? {
        let (spec, seed, hash, keepsLog) = (
            game.spec, record.seed, record.definitionHash, log != nil
        )
        return undo(count) { actions in
            Table.replaying(
                spec: spec, seed: seed, definitionHash: hash, actions: actions, bots: makeBots(),
                keepsLog: keepsLog
            ).table
        }
    }

    /// Takes back the last `count` actions (all, if fewer): the undo is written to the
    /// journal first, then `replay` makes the table of the record without them (so a caller
    /// that watches the replay needs only one).
    public mutating func undo(_ count: Int, replay: ([Action]) -> Table) -> TableRefusal? {
        if let journalFailure { return .notSaved(journalFailure) }
        let count = min(count, record.actions.count)
        guard count > 0 else { return nil }
        if let journal {
            do {
                try journal.appendUndo(count)
            } catch {
                journalFailure = String(describing: error)
                return .notSaved(journalFailure ?? "")
            }
        }
        var replayed = replay(Array(record.actions.dropLast(count)))
        replayed.journal = journal
        replayed.refusedBotActions = refusedBotActions.filter {
            $0.index < replayed.record.actions.count
        }
        self = replayed
        return nil
    }
}
