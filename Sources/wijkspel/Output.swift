import TextInterface

/// Writing to standard output and standard error, through `Console`: a full or closed
/// standard output ends the command with a message and status 1, never a trap.
enum Output {
    /// Writes `text` to standard output.
    static func out(_ text: String, newline: Bool = true) {
        Console.out(text, terminator: newline ? "\n" : "")
    }

    /// Writes `text` to standard error.
    static func err(_ text: String) {
        Console.err(text)
    }
}
