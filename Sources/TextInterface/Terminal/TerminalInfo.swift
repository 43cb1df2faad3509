import Foundation

/// What the process is connected to: terminals or pipes, and whether colour is wanted.
public enum TerminalInfo {
    /// Whether standard input is a terminal.
    public static var stdinIsTerminal: Bool { isatty(STDIN_FILENO) != 0 }

    /// Whether standard output is a terminal.
    public static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) != 0 }

    /// Colour only on a terminal, and never when `NO_COLOR` is set (to anything).
    public static var wantsColor: Bool {
        stdoutIsTerminal && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    }

    /// The ANSI sequence that clears the screen and puts the cursor top left.
    public static let clearSequence = "\u{1B}[2J\u{1B}[H"
}
