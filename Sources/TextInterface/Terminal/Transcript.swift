/// What a scripted run shows: the session's output with every input echoed after its prompt
/// and a separator line where a terminal would clear the screen.
///
/// The terminal front end prints exactly this in script and pipe mode, and the golden
/// transcript tests compare against it.
public enum Transcript {
    /// Plays `lines` into a new `session` (calling `start()` first) and returns the text.
    public static func run(_ session: Session, lines: [String]) -> String {
        var out = present(session.start(), language: session.language, terminal: false)
        for line in lines {
            if session.isFinished { break }
            out.append(echo(session.prompt, line))
            out += present(session.handle(line), language: session.language, terminal: false)
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// The most characters of an input line that are echoed.
    public static let echoLimit = 200

    /// The echo of an input line after its prompt, cut after `echoLimit` characters (`…`).
    public static func echo(_ prompt: String, _ line: String) -> String {
        if line.isEmpty { return prompt }
        let shown = line.count > echoLimit ? line.prefix(echoLimit) + "…" : line
        return prompt + " " + shown
    }

    /// Output lines as they are printed: the clear marker becomes the ANSI clear on a
    /// terminal, and a separator line elsewhere.
    public static func present(_ lines: [String], language: Language, terminal: Bool) -> [String] {
        lines.map { line in
            guard line == Session.clearScreen else { return line }
            return terminal ? TerminalInfo.clearSequence : Messages(language)("screen.cleared")
        }
    }
}
