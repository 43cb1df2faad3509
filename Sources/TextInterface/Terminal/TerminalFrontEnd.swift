import Foundation

/// Runs a session at the terminal: reads lines (from a script, then standard input), prints
/// the output, clears the screen on a terminal and echoes input that does not come from one.
public struct TerminalFrontEnd {
    /// The session.
    public let session: Session
    /// Lines to play first (`--script FILE`), echoed like piped input.
    public let script: [String]

    /// Creates a front end.
    public init(session: Session, script: [String] = []) {
        self.session = session
        self.script = script
    }

    /// Plays until `stop` or the end of input; returns the exit status (0). Ctrl-C ends the
    /// program with `Interruption.exitStatus` after saying how to resume.
    public func run() -> Int32 {
        let session = self.session
        let interruption = Interruption {
            session.saveWriter.map { session.text("session.interrupted", $0.path) }
                ?? session.text("session.interrupted-unsaved")
        }
        interruption.install()
        return interruption.busy { play(interruption) }
    }

    private func play(_ interruption: Interruption) -> Int32 {
        let terminal = TerminalInfo.stdoutIsTerminal
        let typing = TerminalInfo.stdinIsTerminal
        let clears = terminal && typing
        emit(session.start(), clear: clears && script.isEmpty)
        for line in script {
            if session.isFinished { return 0 }
            write(Transcript.echo(session.prompt, line))
            emit(session.handle(line), clear: false)
        }
        while !session.isFinished {
            if typing {
                write(session.prompt + " ", newline: false)
            }
            guard let line = interruption.reading({ readLine(strippingNewline: true) }) else {
                if typing { write("") }
                if let path = session.saveWriter?.path {
                    emit([session.text("session.eof", path)], clear: false)
                }
                return 0
            }
            if !typing { write(Transcript.echo(session.prompt, line)) }
            emit(session.handle(line), clear: clears)
        }
        return 0
    }

    private func emit(_ lines: [String], clear: Bool) {
        let shown = Transcript.present(lines, language: session.language, terminal: clear)
        guard !shown.isEmpty else { return }
        write(shown.joined(separator: "\n"))
    }

    private func write(_ text: String, newline: Bool = true) {
        FileHandle.standardOutput.write(Data((newline ? text + "\n" : text).utf8))
    }
}
