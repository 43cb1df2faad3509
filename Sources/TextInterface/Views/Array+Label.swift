extension Array {
    /// The text at `keyPath` of entry `index`, or `missing` when there is no such entry.
    func label(_ index: Int, _ keyPath: KeyPath<Element, String>, missing: String) -> String {
        indices.contains(index) ? self[index][keyPath: keyPath] : missing
    }
}
