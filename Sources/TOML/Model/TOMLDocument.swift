/// A parsed TOML file: its root table and where that table starts.
public struct TOMLDocument: Sendable {
    /// The top-level table.
    public var root: TOMLTable
    /// The start of the file (after a byte order mark, if any).
    public var rootLocation: SourceLocation

    /// Creates a document.
    public init(root: TOMLTable, rootLocation: SourceLocation = .start) {
        self.root = root
        self.rootLocation = rootLocation
    }
}
