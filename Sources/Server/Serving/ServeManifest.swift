/// `serve.json`: what a served game's folder holds, so `--resume` can continue it.
public struct ServeManifest: Codable, Equatable, Sendable {
    /// The format's name and version.
    public static let currentFormat = "wijkspel-serve/1"

    /// The format, `wijkspel-serve/1`.
    public var format: String
    /// The game file, as an absolute path.
    public var game: String
    /// Each table's join codes, in table order (so the number of tables too).
    public var tables: [TableCodes]

    /// Creates a manifest.
    public init(game: String, tables: [TableCodes]) {
        self.format = ServeManifest.currentFormat
        self.game = game
        self.tables = tables
    }

    /// The codes as `--codes FILE` writes them: `{"tables":[{"facilitator":...,"roles":{...}}]}`.
    public struct CodesFile: Codable, Equatable {
        /// Each table's codes.
        public var tables: [TableCodes]

        /// Creates the file's contents.
        public init(tables: [TableCodes]) {
            self.tables = tables
        }
    }
}
