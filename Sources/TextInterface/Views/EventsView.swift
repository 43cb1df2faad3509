import GameRules

/// `/gebeurtenis` without an event: every event with its id, title, when it fires and
/// whether it can still fire by itself (the facilitator can make any event happen).
enum EventsView {
    /// The lines of the view.
    static func render(_ c: ViewContext) -> [String] {
        let spec = c.spec
        var lines = [c.heading(c.text("events.title"))]
        if spec.events.isEmpty { return lines + ["  " + c.text("events.none")] }
        let words = ConditionText(spec: spec, text: c.text)
        for (index, event) in spec.events.enumerated() {
            let can = canStillFire(c.game, index)
            let mark = can ? "+" : "-"
            var about: [String] = []
            if let round = event.round { about.append(c.text("events.scheduled", c.year(round))) }
            if let condition = event.condition { about.append(words.sentence(condition)) }
            if event.chance < 1 {
                about.append(c.text("events.chance", Format.number(event.chance * 100)))
            }
            if event.repeatable { about.append(c.text("events.repeatable")) }
            let fired = c.game.state.fired[index]
            if fired > 0 { about.append(c.text("events.fired", "\(fired)")) }
            about.append(c.text(can ? "events.can-fire" : "events.cannot-fire"))
            lines.append("\(mark) " + c.style.bold(event.id) + "  " + event.title)
            lines += Format.wrap(about.joined(separator: "; "), indent: "    ")
        }
        lines += Format.wrap(c.text("events.legend"))
        return lines
    }

    /// Whether event `index` can still happen by itself: not used up, and a news phase of
    /// a fitting round is still to come.
    static func canStillFire(_ game: Game, _ index: Int) -> Bool {
        let rules = game.spec.events[index]
        if game.isOver { return false }
        if game.state.fired[index] > 0 && !rules.repeatable { return false }
        guard let news = game.spec.phases.firstIndex(where: { $0.kind == .news }) else {
            return false
        }
        let thisRound = news > game.state.phase
        if let round = rules.round {
            return round > game.state.round || (round == game.state.round && thisRound)
        }
        return thisRound || game.state.round + 1 < game.spec.rounds
    }
}
