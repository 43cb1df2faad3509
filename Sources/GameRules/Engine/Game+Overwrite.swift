extension Game {
    /// Makes this game equal to `other`, a game of the same rules, reusing the storage this
    /// game holds on its own: a search that tries many actions from one position keeps one
    /// scratch game and overwrites it with the position before each try, so the arrays a
    /// try changes are allocated once instead of once per try.
    ///
    /// A game of other rules, or one whose state is shared with another copy, is simply
    /// replaced by `other`.
    public mutating func overwrite(with other: Game) {
        guard spec.box === other.spec.box, isKnownUniquelyReferenced(&box), box !== other.box
        else {
            self = other
            return
        }
        // The other game's state is read in place (passed as a value, it was copied whole).
        box.state.overwrite(with: &other.box.state)
        openingEvents = other.openingEvents
        keepsRecords = other.keepsRecords
    }
}
