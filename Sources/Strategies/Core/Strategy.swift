import GameRules

/// A bot that plays one role: it sees only what that role may see and returns one of the
/// legal actions.
///
/// Strategies are values. The runner keeps one copy per role per game, so a strategy may
/// remember what it saw (in its own stored properties) from one decision to the next; but
/// what happened in public, round by round (shared plans, proposals and answers, promises
/// kept and broken, dilemma decisions once revealed), is in `decision.history` already, so
/// a reactive strategy needs no bookkeeping of its own.
///
/// The runner asks a strategy once per decision point: each call of `choose` is one action
/// of its role, and the strategy is asked again whenever its role may act again. A strategy
/// that has nothing more to do in the phase says so in one way: it returns
/// `.ready(role: decision.role)` (always legal). Its role is then not asked again in that
/// phase, except to answer a proposal made after it was ready, and a phase ends when every
/// role is ready.
public protocol Strategy: Sendable {
    /// The strategy's registry name, such as `cooperative`.
    var name: String { get }

    /// Chooses one of `decision.legalActions` for `decision.role`.
    mutating func choose(_ decision: Decision, using random: inout SeededGenerator) -> Action

    /// Whether the runner should call `observe(_:as:)` with the events this role sees.
    var observesEvents: Bool { get }

    /// Takes note of one event the role was told (only called when `observesEvents`).
    mutating func observe(_ event: GameEvent, as role: Int)

    /// Whether the strategy changes its own stored state when it chooses, so that a resumed
    /// game must let it choose its recorded moves again to be where it was.
    var remembersChoices: Bool { get }

    /// Whether the strategy can fail to choose (a bot outside the engine); only then does
    /// the table read `failure` after each choice, so built-in strategies pay nothing.
    var mayFail: Bool { get }

    /// Why the last choice failed, when it did: the action it returned is then not played
    /// and the game stops as failed.
    var failure: BotFailure? { get }
}

extension Strategy {
    /// Most strategies need no events.
    public var observesEvents: Bool { false }

    /// Ignores the event.
    public mutating func observe(_ event: GameEvent, as role: Int) {}

    /// Most strategies decide from the view alone.
    public var remembersChoices: Bool { false }

    /// Built-in strategies always choose.
    public var mayFail: Bool { false }

    /// Built-in strategies never fail.
    public var failure: BotFailure? { nil }
}
