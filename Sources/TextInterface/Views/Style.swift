/// ANSI colour for terminals; plain text when colour is off (pipes, scripts, `NO_COLOR`).
public struct Style: Sendable {
    /// Whether escape codes are written.
    public let color: Bool

    /// Creates a style.
    public init(color: Bool) {
        self.color = color
    }

    /// Bold text.
    func bold(_ text: String) -> String { wrap(text, "1") }
    /// Dimmed text.
    func dim(_ text: String) -> String { wrap(text, "2") }
    /// Text in red, for problems.
    func red(_ text: String) -> String { wrap(text, "31") }
    /// Text in green, for good news.
    func green(_ text: String) -> String { wrap(text, "32") }
    /// Text in yellow, for warnings and the prompt.
    func yellow(_ text: String) -> String { wrap(text, "33") }
    /// Text in cyan, for headings.
    func cyan(_ text: String) -> String { wrap(text, "36") }

    private func wrap(_ text: String, _ code: String) -> String {
        color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
