extension GameSpec {
    /// The same game ending after `rounds` rounds (at most its own number): nothing else
    /// changes, so deadlines, scheduled events and goals after the new end are never reached,
    /// and the game is scored as a whole game at its new last review.
    public func ending(afterRounds rounds: Int) -> GameSpec {
        var copy = self
        copy.rounds = Swift.max(1, Swift.min(rounds, self.rounds))
        return copy
    }
}
