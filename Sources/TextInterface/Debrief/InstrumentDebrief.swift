import GameRules

/// The debrief's questions about the table's instruments: which agreements were signed and
/// kept, whether a process coordinator worked and what the joint programme held, with the
/// facts that answer them.
enum InstrumentDebrief {
    /// One question per kind of instrument the game has, asked after the reflection
    /// questions; none for a game without instruments. `actions` is what was played and
    /// `years` the state at each year's end, for the facts that the state alone does not keep.
    static func questions(
        _ game: Game, actions: [Action] = [], years: [YearSnapshot] = [], text: Messages
    ) -> [DebriefQuestion] {
        let spec = game.spec
        let state = game.state
        var questions: [DebriefQuestion] = []
        if !spec.agreements.isEmpty {
            let signed = spec.agreements.indices.filter { state.agreementsSigned[$0] }.map {
                spec.agreements[$0].name
            }
            var facts = [
                signed.isEmpty
                    ? text("debrief.fact-no-agreements")
                    : text("debrief.fact-agreements", signed.joined(separator: ", "))
            ]
            if !signed.isEmpty {
                facts.append(text("debrief.breaches", "\(state.agreementBreaches)"))
            }
            let ask =
                signed.isEmpty
                ? text("debrief.ask-no-agreements", spec.agreements[0].name)
                : text("debrief.ask-agreements", signed.joined(separator: ", "))
            questions.append(
                DebriefQuestion(text: ask, year: nil, topics: [.streets, .sharing], facts: facts))
        }
        if spec.coordinator != nil {
            let since = state.coordinatorRound.map { "\(spec.firstYear + $0)" }
            let fact =
                since.map { text("debrief.fact-coordinator", $0) }
                ?? text("debrief.fact-no-coordinator")
            let ask = text(since == nil ? "debrief.ask-no-coordinator" : "debrief.ask-coordinator")
            questions.append(
                DebriefQuestion(
                    text: ask, year: nil, topics: [.couplings, .hotPotatoes], facts: [fact]))
        }
        if let question = programme(game, text: text) { questions.append(question) }
        if let question = meetings(game, actions: actions, text: text) {
            questions.append(question)
        }
        if let question = earmarks(game, years: years, text: text) { questions.append(question) }
        if let question = fixedPlans(game, text: text) { questions.append(question) }
        return questions
    }

    /// The question about the joint programme: whether it was started, and which couplings
    /// it held were kept or dropped; nil in a game without one.
    private static func programme(_ game: Game, text: Messages) -> DebriefQuestion? {
        let spec = game.spec
        guard let rules = spec.programme else { return nil }
        guard let programme = game.state.programme else {
            return DebriefQuestion(
                text: text("debrief.ask-no-programme", rules.name), year: nil,
                topics: [.couplings], facts: [text("debrief.fact-no-programme", rules.name)])
        }
        let kept = programme.entries.filter { $0.kept == true }.count
        let dropped = programme.entries.filter { $0.kept == false }.count
        let fact = text(
            "debrief.fact-programme", rules.name, "\(spec.firstYear + programme.since)", "\(kept)",
            "\(dropped)")
        return DebriefQuestion(
            text: text("debrief.ask-programme", rules.name), year: nil, topics: [.couplings],
            facts: [fact])
    }
}
