extension Array where Element: Equatable {
    /// Sets every element to `value` in place, writing only those that differ: no new
    /// array is made (a fresh `Array(repeating:count:)` took a generic allocation on every
    /// phase change), and an array that already holds `value` everywhere is not written at
    /// all, so a buffer shared with a copy of the game is not copied for nothing.
    mutating func resetAll(to value: Element) {
        for index in indices where self[index] != value { self[index] = value }
    }
}
