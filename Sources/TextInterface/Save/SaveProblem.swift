/// Something wrong with a save file, with its place (`file:line:column`) and a message key.
///
/// The key is `save.<id>`; the id is stable, so scripts and tests can rely on it.
public struct SaveProblem: Error, Hashable, Sendable {
    /// The save file.
    public var file: String
    /// The line (1-based), or 0 when the problem is the file as a whole.
    public var line: Int
    /// The column (1-based), or 0 when the whole line is meant.
    public var column: Int
    /// The message key (`save.<id>`).
    public var key: String
    /// The message's arguments.
    public var arguments: [String]

    /// Creates a problem.
    public init(file: String, line: Int, column: Int = 0, key: String, arguments: [String] = []) {
        self.file = file
        self.line = line
        self.column = column
        self.key = key
        self.arguments = arguments
    }

    /// The stable id: the key without its `save.` prefix and any variant after a dot
    /// (`save.unknown-id.suggest` is `unknown-id`).
    public var id: String {
        let name = key.hasPrefix("save.") ? key.dropFirst(5) : Substring(key)
        return String(name.prefix { $0 != "." })
    }

    /// The message in `language`: `file:line:column: text [id]` (no column for a whole line,
    /// no line for the whole file). Arguments that are `save.kind.*` keys are translated.
    public func message(in language: Language) -> String {
        let text = Messages(language)
        let filled = arguments.map { $0.hasPrefix("save.kind.") ? text($0) : $0 }
        var place = file
        if line > 0 { place += ":\(line)" }
        if line > 0, column > 0 { place += ":\(column)" }
        return place + ": " + text.fill(key, filled) + " [\(id)]"
    }
}
