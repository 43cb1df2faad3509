/// One key of a table with its value and the position of the key.
public struct TOMLEntry: Hashable, Sendable {
    /// The key, without quotes or escapes.
    public var key: String
    /// Where the key (its last part, for dotted keys) is written.
    public var keyLocation: SourceLocation
    /// The value with its position.
    public var node: TOMLNode

    /// Creates an entry.
    public init(key: String, keyLocation: SourceLocation, node: TOMLNode) {
        self.key = key
        self.keyLocation = keyLocation
        self.node = node
    }
}
