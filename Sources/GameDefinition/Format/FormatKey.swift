/// One key of a table in a game file: its name, what it may hold, and what it does.
public struct FormatKey: Sendable {
    /// The key as written in the file.
    public let name: String
    /// What it may hold.
    public let value: FormatValue
    /// Whether a game must give it.
    public let required: Bool
    /// What it does, in one sentence (editors show it on hover).
    public let summary: String

    /// A key; `required` keys are those a game must give.
    init(_ name: String, _ value: FormatValue, required: Bool = false, _ summary: String) {
        self.name = name
        self.value = value
        self.required = required
        self.summary = summary
    }
}
