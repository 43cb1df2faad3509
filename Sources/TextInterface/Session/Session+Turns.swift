import GameRules
import Strategies

extension Session {
    /// The most bot actions in a row before the session stops to let the facilitator look.
    static let botActionLimit = 5000

    /// Moves the game on until a person must act: bots play, the end is shown, the next
    /// turn is announced or handed over.
    func advance() -> [String] {
        var lines: [String] = []
        var botActions = 0
        while true {
            if game.isOver {
                awaitingHandoff = nil
                if !resultShown {
                    resultShown = true
                    lines += ResultView.render(context(viewer: nil))
                }
                return lines
            }
            guard !game.state.paused, let active = game.activeRole else { return lines }
            if strategies[active] != nil {
                botActions += 1
                guard botActions <= Session.botActionLimit else {
                    return lines + [style.red(text("session.bots-stalled"))]
                }
                lines += botMove(active)
                continue
            }
            let turn = Turn(round: game.state.round, phase: game.state.phase, role: active)
            if game.phase.secret {
                if keyboard == turn { return lines }
                if awaitingHandoff != turn {
                    awaitingHandoff = turn
                    lines += Format.hang(
                        style.bold(text("turn.handoff", game.spec.roles[active].name)))
                }
                return lines
            }
            keyboard = nil
            awaitingHandoff = nil
            if announced != turn {
                announced = turn
                lines += Format.hang(style.bold(text("turn.open", game.spec.roles[active].name)))
                lines += deliverNotes(to: active)
            }
            return lines
        }
    }

    /// One move of the bot playing `role`, shown as the table sees it.
    private func botMove(_ role: Int) -> [String] {
        guard var strategy = strategies[role] else { return [] }
        let decision = Decision(game: game, role: role)
        var random = Session.botGenerator(seed: setup.seed, history: record.actions.count)
        var action = strategy.choose(decision, using: &random)
        strategies[role] = strategy
        if game.check(action) != nil { action = .ready(role: role) }
        return perform(action, shownTo: nil)
    }

    /// The hand-over in a secret phase is done: clear the screen and greet the role.
    func confirmHandoff(_ turn: Turn) -> [String] {
        awaitingHandoff = nil
        keyboard = turn
        let budget = Format.number(game.state.budgets[turn.role])
        var lines =
            [Session.clearScreen]
            + Format.hang(style.bold(text("turn.secret", game.spec.roles[turn.role].name, budget)))
        lines += deliverNotes(to: turn.role)
        return lines
    }

    /// The private messages kept for `role` since its last turn.
    func deliverNotes(to role: Int) -> [String] {
        guard let kept = notes[role], !kept.isEmpty else { return [] }
        notes[role] = nil
        return [text("turn.notes")] + kept.map { "  " + $0 }
    }

    /// Tells every bot in `bots` that wants them the events its role may see. A resumed
    /// session tells its bots the whole history again, so they remember what they would have.
    static func tell(_ told: [ToldEvent], to bots: inout [Int: any Strategy]) {
        for (role, var strategy) in bots where strategy.observesEvents {
            for event in told where event.isVisible(to: role) {
                strategy.observe(event.event, as: role)
            }
            bots[role] = strategy
        }
    }

    /// A view context for `viewer`.
    func context(viewer: Int?) -> ViewContext {
        ViewContext(game: game, viewer: viewer, text: text, style: style)
    }

    /// Who looks at views now: the role at the keyboard, or the facilitator after the end.
    var viewer: Int? {
        game.isOver ? nil : game.activeRole
    }
}
