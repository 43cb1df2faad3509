import GameRules
import Strategies

extension Session {
    /// Applies an action: on success it is recorded, saved at once and told; on refusal the
    /// refusal is explained and nothing changes.
    ///
    /// `shownTo` is the role at the keyboard, who sees its own private events; nil shows only
    /// what the whole table may see (bots, the facilitator). Private events of other roles
    /// are kept for their next turn.
    func perform(_ action: Action, shownTo: Int?) -> [String] {
        let before = game
        switch table.submit(action) {
        case .failure(.rejected(let rejection)):
            return [explain(rejection)]
        case .failure(.notSaved):
            return savingStopped()
        case .success(let step):
            onStep?(step)
            var lines: [String] = []
            if case .ready = action, before.phase.secret, shownTo != nil {
                lines.append(Session.clearScreen)
                keyboard = nil
            }
            // A `ready` may run the automatic phases: what they tell one role in private waits
            // for that role's next turn instead of showing on the shared screen.
            let privateTo: Int? = if case .ready = action { nil } else { shownTo }
            return lines + narrateStoppingAtYearEnd(step, shownTo: privateTo)
        }
    }

    /// The lines that say the save file could not be written: the action was not accepted,
    /// nothing more will be, and how to go on once the problem is fixed.
    func savingStopped() -> [String] {
        let path = saveWriter?.path ?? "-"
        return Format.hang(
            style.red(text("session.save-failed", path, table.journalFailure ?? "")))
    }

    /// The sentences for one accepted step, as `shownTo` (or the table) may see them.
    func narrate(_ step: TableStep, shownTo: Int?) -> [String] {
        narrate(step.told, proposalsBefore: step.proposalsBefore, shownTo: shownTo)
    }

    /// The sentences for `told`, as `shownTo` (or the table) may see them; private events of
    /// other people are kept for their next turn.
    func narrate(_ told: [ToldEvent], proposalsBefore: [Proposal], shownTo: Int?) -> [String] {
        let narrator = EventNarrator(
            game: game, proposalsBefore: proposalsBefore, text: text, style: style)
        var lines: [String] = []
        for event in told {
            if let roles = event.audience.roles, !roles.contains(where: { $0 == shownTo }) {
                for only in roles where !table.isBot(only) && !isHosted {
                    notes[only, default: []] += narrator.lines(for: event.event)
                }
                continue
            }
            lines += narrator.lines(for: event.event)
        }
        return lines
    }

    /// A refusal in plain words with its stable id: `Dat kan niet [over-budget]: ...`.
    func explain(_ rejection: Rejection) -> String { explainer.explain(rejection) }

    /// An input problem in plain words with its stable id: `Niet begrepen [unknown-command]: ...`.
    func explain(_ error: InputError) -> String { explainer.explain(error) }

    /// Refusals in the session's language.
    var explainer: Explainer { Explainer(spec: game.spec, text: text, style: style) }
}
