/// How much a search strategy may think per decision point.
public enum SearchBudget: Hashable, Sendable {
    /// This many rollouts per candidate: the same seed always gives the same game.
    case iterations(Int)
    /// Rollouts until this many seconds have passed (at least one per candidate): the number
    /// of rollouts depends on the machine and its load, so games are not reproducible.
    case seconds(Double)
}
