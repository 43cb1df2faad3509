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
            guard yearEnd == nil, !game.state.paused, let active = game.activeRole else {
                return lines
            }
            if table.isBot(active) {
                botActions += 1
                guard botActions <= Session.botActionLimit else {
                    return lines + [style.red(text("session.bots-stalled"))]
                }
                guard let moved = botMove(active) else { return lines + savingStopped() }
                lines += moved
                if yearEnd != nil { return lines }
                continue
            }
            if isHosted { return lines }
            let turn = Turn(round: game.state.round, phase: game.state.phase, role: active)
            if game.phase.secret {
                if keyboard == turn { return lines }
                if awaitingHandoff != turn {
                    awaitingHandoff = turn
                    // Someone still had the keyboard: clear their secrets before handing over.
                    if keyboard != nil {
                        lines.append(Session.clearScreen)
                        keyboard = nil
                    }
                    lines += Format.hang(
                        style.bold(text("turn.handoff", game.spec.roles[active].name)))
                }
                return lines
            }
            keyboard = nil
            awaitingHandoff = nil
            if announced != turn {
                announced = turn
                // Private notes wait for the role's next secret turn: the table sees this screen.
                lines += Format.hang(style.bold(text("turn.open", game.spec.roles[active].name)))
            }
            return lines
        }
    }

    /// One move of the bot playing `role`, shown as the table sees it; a move the rules
    /// refused (a bug in the bot) is reported on screen. A bot that failed (an outside
    /// program that broke the protocol, went silent or ended) is reported too, and a person
    /// plays its role from then on (the change is saved like `/bot ROLE mens`).
    private func botMove(_ role: Int) -> [String]? {
        guard let step = table.stepBot() else {
            guard let failure = table.botFailure else { return nil }
            let name = game.spec.roles[role].name
            let lines =
                Format.hang(
                    style.red(text("session.bot-failed", name, failure.bot, failure.description)))
                + ((try? handOver(role, to: "mens")) ?? [])
            return table.isBot(role) ? nil : lines
        }
        onStep?(step)
        var lines = narrateStoppingAtYearEnd(step, shownTo: nil)
        while refusalsShown < table.refusedBotActions.count {
            let refused = table.refusedBotActions[refusalsShown]
            refusalsShown += 1
            lines.append(
                style.red(
                    text(
                        "session.bot-refused", game.spec.roles[role].name,
                        describe(refused.action), refused.rejection.id)))
        }
        return lines
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

    /// A view context for `viewer`.
    func context(viewer: Int?) -> ViewContext {
        ViewContext(game: game, viewer: viewer, text: text, style: style)
    }

    /// Who looks at views now: the role at the keyboard, or the facilitator after the end.
    var viewer: Int? {
        game.isOver ? nil : game.activeRole
    }
}
