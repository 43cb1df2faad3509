import GameRules

extension InstrumentDebrief {
    /// The question about building trust on purpose: who met whom (`kennismaken`) and how
    /// often plans were shared, one project or all of them; nil in a game without meetings.
    static func meetings(_ game: Game, actions: [Action], text: Messages) -> DebriefQuestion? {
        let spec = game.spec
        guard spec.trust.meet > 0 else { return nil }
        let pairs = actions.compactMap { action -> String? in
            guard case .meet(let role, let other) = action else { return nil }
            return spec.roles[role].name + " – " + spec.roles[other].name
        }
        let projectShares = actions.filter {
            if case .shareProject = $0 { return true } else { return false }
        }.count
        let fullShares = actions.filter {
            if case .share = $0 { return true } else { return false }
        }.count
        let facts = [
            pairs.isEmpty
                ? text("debrief.fact-no-meetings")
                : text("debrief.fact-meetings", "\(pairs.count)", pairs.joined(separator: ", ")),
            text("debrief.fact-sharing", "\(projectShares)", "\(fullShares)"),
        ]
        let ask =
            pairs.isEmpty
            ? text("debrief.ask-no-meetings")
            : text("debrief.ask-meetings", "\(pairs.count)")
        return DebriefQuestion(text: ask, year: nil, topics: [.trust, .sharing], facts: facts)
    }
}
