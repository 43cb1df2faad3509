/// A TOML value together with the place in the file where it starts.
public struct TOMLNode: Hashable, Sendable {
    /// The value.
    public var value: TOMLValue
    /// Where the value starts; for tables made by a header, the header's position.
    public var location: SourceLocation

    /// Creates a node.
    public init(value: TOMLValue, location: SourceLocation) {
        self.value = value
        self.location = location
    }
}
