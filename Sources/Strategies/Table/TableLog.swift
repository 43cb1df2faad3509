import GameRules

/// The observer's log of a game, year by year: what the state was and what was told to whom.
///
/// The debrief and network play read it; nobody rebuilds it from the record by hand.
public struct TableLog: Hashable, Sendable {
    /// One entry per year reached, in order.
    public private(set) var years: [YearLog]
    /// The state when the game ended, once it has.
    public private(set) var final: YearSnapshot?

    /// A log whose first year opens with `game` as it stands after its opening phases.
    init(opening game: Game) {
        years = [
            YearLog(
                round: game.state.round, year: game.currentYear,
                opening: YearSnapshot(game), closing: nil, told: game.openingEvents,
                actions: 0..<0)
        ]
        if game.isOver { final = YearSnapshot(game) }
    }

    /// Adds the accepted action number `index` and what it told; a new round starts a new
    /// year at the `roundStarted` event.
    mutating func add(_ action: Action, told: [ToldEvent], game: Game, index: Int) {
        var current = years.count - 1
        years[current].actions = years[current].actions.lowerBound..<(index + 1)
        var start = 0
        for (position, event) in told.enumerated() {
            if case .yearReviewed(let closing) = event.event { years[current].closing = closing }
            guard case .roundStarted(let round) = event.event else { continue }
            years[current].told += told[start..<position]
            start = position
            years.append(
                YearLog(
                    round: round, year: game.spec.firstYear + round, opening: YearSnapshot(game),
                    closing: nil, told: [], actions: (index + 1)..<(index + 1)))
            current += 1
        }
        years[current].told += told[start...]
        if game.isOver, final == nil { final = YearSnapshot(game) }
    }
}
