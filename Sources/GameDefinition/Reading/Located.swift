import TOML

/// A value read from the file together with where it is written.
struct Located<Value> {
    /// The value.
    var value: Value
    /// Where it is written.
    var location: SourceLocation

    /// Creates a located value.
    init(_ value: Value, _ location: SourceLocation) {
        self.value = value
        self.location = location
    }
}
