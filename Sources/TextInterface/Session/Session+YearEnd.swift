import GameRules
import Strategies

extension Session {
    /// Whether play stops at the end of a year: at one keyboard where a person plays (an
    /// all-bot game goes on, and a served table shows the summary on every screen instead).
    var pausesAtYearEnd: Bool { setup.bots.count < game.spec.roles.count && !isHosted }

    /// The narration of a step; when the step closes a year (and the game goes on with people
    /// at the table), the year summary and the round's question are shown, and the rest (the
    /// next year's news) waits until the facilitator continues.
    func narrateStoppingAtYearEnd(_ step: TableStep, shownTo: Int?) -> [String] {
        guard pausesAtYearEnd, !game.isOver,
            let review = step.told.firstIndex(where: Session.isYearReview),
            case .yearReviewed(let closing) = step.told[review].event
        else { return narrate(step, shownTo: shownTo) }
        var end = review + 1
        while end < step.told.count, case .question = step.told[end].event { end += 1 }
        let told = step.told
        let before = step.proposalsBefore
        var lines = narrate(Array(told[..<review]), proposalsBefore: before, shownTo: shownTo)
        lines += yearSummary(closing)
        lines += narrate(Array(told[(review + 1)..<end]), proposalsBefore: before, shownTo: shownTo)
        lines += Format.hang(style.yellow(text("summary.wait")))
        yearEnd = narrate(Array(told[end...]), proposalsBefore: before, shownTo: shownTo)
        return lines
    }

    /// Whether the last action closed a year and nothing happened since: a resumed game then
    /// waits for the facilitator, as it did before.
    var stoppedAtYearEnd: Bool {
        guard pausesAtYearEnd, !game.isOver, let years = table.log?.years, years.count >= 2,
            let current = years.last, current.actions.isEmpty,
            years[years.count - 2].closing != nil
        else { return false }
        return true
    }

    /// `/verder`: the lines held back at the end of the year; play goes on after them.
    func proceed() -> [String] {
        guard let held = yearEnd else { return [explain(InputError("not-year-end"))] }
        yearEnd = nil
        return held
    }

    /// The summary of the year that closed with `closing`, against the year before it, in
    /// the session's language or `language`.
    func yearSummary(_ closing: YearSnapshot, text language: Messages? = nil) -> [String] {
        let years = table.log?.years ?? []
        let reviewed = years.lastIndex { $0.closing == closing } ?? max(0, years.count - 2)
        let before =
            reviewed > 0
            ? years[reviewed - 1].closing ?? years[reviewed - 1].opening
            : years.first?.opening ?? closing
        let round = years.indices.contains(reviewed) ? years[reviewed].round : game.state.round - 1
        let shown = language.map { game.withTexts(of: setup.spec(in: $0.language)) } ?? game
        let context = ViewContext(game: shown, viewer: nil, text: language ?? text, style: style)
        return YearSummaryView.render(context, round: round, before: before, after: closing)
    }

    private static func isYearReview(_ told: ToldEvent) -> Bool {
        if case .yearReviewed = told.event { return true }
        return false
    }
}
