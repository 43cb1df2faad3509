/// Finds what a typed word means among named things: exact, by unique prefix, or "did you mean".
///
/// Case does not matter. A prefix that fits several names of the same thing is not
/// ambiguous; one that fits names of different things is.
struct WordMatcher<Value: Hashable & Sendable>: Sendable {
    /// Every name with the thing it names.
    let entries: [(name: String, value: Value)]

    /// What matching a word gives.
    enum Match {
        /// Exactly one thing.
        case found(Value)
        /// Several things; their first names.
        case ambiguous([String])
        /// Nothing; the closest name, if any is close.
        case unknown(suggestion: String?)
    }

    /// Matches `word`.
    func match(_ word: String) -> Match {
        let lower = word.lowercased()
        if let exact = entries.first(where: { $0.name.lowercased() == lower }) {
            return .found(exact.value)
        }
        var values: [Value] = []
        var names: [String] = []
        if !lower.isEmpty {
            for entry in entries where entry.name.lowercased().hasPrefix(lower) {
                if !values.contains(entry.value) {
                    values.append(entry.value)
                    names.append(entry.name)
                }
            }
        }
        if values.count == 1 { return .found(values[0]) }
        if values.count > 1 { return .ambiguous(names) }
        return .unknown(suggestion: Levenshtein.closest(to: lower, among: entries.map(\.name)))
    }
}
