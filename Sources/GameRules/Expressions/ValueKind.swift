/// The type of a resolved expression part.
enum ValueKind: Hashable, Sendable {
    case number
    case truth

    /// How a facilitator calls it.
    var words: String { self == .number ? "a number" : "true or false" }
}
