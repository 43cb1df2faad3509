/// Something wrong in a save file, with its place (`file:line`) and a message key.
public struct SaveProblem: Error, Hashable, Sendable {
    /// The save file.
    public var file: String
    /// The line (1-based).
    public var line: Int
    /// The message key (`save.<id>`).
    public var key: String
    /// The message's arguments.
    public var arguments: [String]

    /// Creates a problem.
    public init(file: String, line: Int, key: String, arguments: [String] = []) {
        self.file = file
        self.line = line
        self.key = key
        self.arguments = arguments
    }

    /// The message in `language`, starting with `file:line:` (just `file:` for line 0).
    public func message(in language: Language) -> String {
        (line > 0 ? "\(file):\(line): " : "\(file): ") + Messages(language).fill(key, arguments)
    }
}
