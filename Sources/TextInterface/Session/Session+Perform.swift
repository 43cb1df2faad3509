import GameRules

extension Session {
    /// Applies an action: on success it is recorded, saved at once and told; on refusal the
    /// refusal is explained and nothing changes.
    ///
    /// `shownTo` is the role at the keyboard, who sees its own private events; nil shows only
    /// what the whole table may see (bots, the facilitator). Private events of other roles
    /// are kept for their next turn.
    func perform(_ action: Action, shownTo: Int?) -> [String] {
        let before = game
        switch game.apply(action) {
        case .failure(let rejection):
            return [explain(rejection)]
        case .success(let told):
            record.actions.append(action)
            persist(action)
            Session.tell(told, to: &strategies)
            var lines: [String] = []
            if case .ready = action, before.phase.secret, shownTo != nil {
                lines.append(Session.clearScreen)
                keyboard = nil
            }
            // A `ready` may run the automatic phases: what they tell one role in private waits
            // for that role's next turn instead of showing on the shared screen.
            let privateTo: Int? = if case .ready = action { nil } else { shownTo }
            lines += narrate(told, before: before, shownTo: privateTo)
            if saveFailed, lines.count < 1000 {
                lines.append(style.red(text("session.save-failed")))
            }
            return lines
        }
    }

    /// The sentences for `told`, as `shownTo` (or the table) may see them.
    func narrate(_ told: [ToldEvent], before: Game, shownTo: Int?) -> [String] {
        let narrator = EventNarrator(
            game: game, proposalsBefore: before.state.proposals, text: text, style: style)
        var lines: [String] = []
        for event in told {
            if case .role(let only) = event.audience, only != shownTo {
                if strategies[only] == nil {
                    notes[only, default: []] += narrator.lines(for: event.event)
                }
                continue
            }
            lines += narrator.lines(for: event.event)
        }
        return lines
    }

    /// A refusal in plain words with its stable id: `Dat kan niet [over-budget]: ...`.
    func explain(_ rejection: Rejection) -> String {
        var arguments = rejection.arguments
        let roleArgument: Int? =
            switch rejection.reason {
            case .notYourTurn: 0
            case .notOwner: 1
            default: nil
            }
        if let index = roleArgument, arguments.indices.contains(index),
            let role = game.spec.roles.first(where: { $0.id == arguments[index] })
        {
            arguments[index] = role.name
        }
        let reason = text.fill("reason.\(rejection.id)", arguments)
        return style.red(text("rejection.prefix") + " [\(rejection.id)]") + ": " + reason
    }

    /// An input problem in plain words with its stable id: `Niet begrepen [unknown-command]: ...`.
    func explain(_ error: InputError) -> String {
        var arguments = error.arguments
        if error.id == "missing-argument" || error.id == "too-many-arguments",
            let command = arguments.first
        {
            arguments[0] = text("usage.\(command)")
        }
        return style.red(text("input.prefix") + " [\(error.id)]") + ": "
            + text.fill(error.key, arguments)
    }

    /// Appends `action` to the save file and flushes it; a failure is reported once.
    private func persist(_ action: Action) {
        guard let saveWriter else { return }
        do {
            try saveWriter.append(action)
            saveFailed = false
        } catch {
            saveFailed = true
        }
    }
}
