import GameRules
import Strategies

/// A bot in any language: a program that reads the engine's messages as JSON lines on its
/// standard input and answers each decision with a line on its standard output
/// (`docs/bots.md`).
///
/// Each game greets the bot with `hello`; the games of a series share the seat's processes
/// (one per game played at once). When the bot fails, `choose` returns `ready` and
/// `failure` says why: the table stops and the game counts as failed.
public struct ExecStrategy: Strategy {
    /// The command that starts the bot, run by `/bin/sh -c "exec COMMAND"`.
    public let command: String
    /// Why the last choice failed, if it did.
    public private(set) var failure: BotFailure?
    private let pool: BotPool
    private var lease: BotLease?

    /// The name that selects this strategy: `exec:` and the command.
    public var name: String { StrategyChoice.execPrefix + command }

    /// An outside bot can fail.
    public var mayFail: Bool { true }

    /// A bot for `command` with `settings`; nothing starts before its first decision.
    public init(command: String, settings: ExecBotSettings = .standard) {
        self.command = command
        pool = BotPool(command: command, settings: settings)
    }

    /// Asks the bot; on failure, returns `ready` and sets `failure`.
    public mutating func choose(_ decision: Decision, using random: inout SeededGenerator)
        -> Action
    {
        let seed = random.next() >> 11
        do {
            let current: BotLease
            if let lease {
                current = lease
            } else {
                current = try pool.lease()
                lease = current
            }
            return try current.ask(decision, seed: seed)
        } catch {
            failure = error
            lease = nil
            return .ready(role: decision.role)
        }
    }
}
