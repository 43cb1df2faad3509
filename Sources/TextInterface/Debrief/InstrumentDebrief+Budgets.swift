import GameRules

extension InstrumentDebrief {
    /// The question about budget cycles: how much earmarked money lapsed, by role, over the
    /// years in `years`; nil in a game where no role has earmarked money.
    static func earmarks(_ game: Game, years: [YearSnapshot], text: Messages) -> DebriefQuestion? {
        let spec = game.spec
        let roles = spec.roles.indices.filter { spec.roles[$0].earmark != nil }
        guard !roles.isEmpty else { return nil }
        var lapsed = Array(repeating: 0.0, count: spec.roles.count)
        for year in years {
            for (role, amount) in (year.lapsed ?? []).enumerated() where role < lapsed.count {
                lapsed[role] += amount
            }
        }
        let total = lapsed.reduce(0, +)
        let fact =
            total == 0
            ? text("debrief.fact-nothing-lapsed")
            : text(
                "debrief.fact-lapsed",
                roles.filter { lapsed[$0] > 0 }.map {
                    "\(spec.roles[$0].name) \(Int(lapsed[$0].rounded()))"
                }.joined(separator: ", "))
        let ask =
            total == 0
            ? text("debrief.ask-nothing-lapsed")
            : text("debrief.ask-lapsed", "\(Int(total.rounded()))")
        return DebriefQuestion(text: ask, year: nil, topics: [.scores], facts: [fact])
    }

    /// The question about plans that became fixed (*vastgesteld*) before they started; nil in
    /// a game where plans are never fixed.
    static func fixedPlans(_ game: Game, text: Messages) -> DebriefQuestion? {
        let spec = game.spec
        guard spec.planFixing != nil else { return nil }
        let fixed = spec.projects.indices.filter { game.state.projects[$0].fixedSince != nil }
        let fact =
            fixed.isEmpty
            ? text("debrief.fact-no-fixed-plans")
            : text(
                "debrief.fact-fixed-plans", "\(fixed.count)",
                fixed.map { spec.projects[$0].name }.joined(separator: ", "))
        let ask =
            fixed.isEmpty
            ? text("debrief.ask-no-fixed-plans")
            : text("debrief.ask-fixed-plans", "\(fixed.count)")
        return DebriefQuestion(text: ask, year: nil, topics: [.couplings], facts: [fact])
    }
}
