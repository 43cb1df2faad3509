import Foundation

/// Runs a session at the terminal: reads lines (from a script, then standard input, each at
/// most `LineReader.standardLimit` bytes), prints the output, clears the screen on a terminal
/// and echoes input that does not come from one.
///
/// When the output cannot be written (a full disk, a closed pipe), it stops reading input,
/// says so once on standard error and ends with status 1: every action it accepted is
/// already in the save file, and nothing more is accepted unseen.
public struct TerminalFrontEnd {
    /// The session.
    public let session: Session
    /// Lines to play first (`--script FILE`), echoed like piped input.
    public let script: [String]
    /// Where the session's lines go.
    public var output = OutputWriter.standardOutput
    /// Where the message about failed output goes.
    public var errors = OutputWriter.standardError

    /// Creates a front end.
    public init(session: Session, script: [String] = []) {
        self.session = session
        self.script = script
    }

    /// Plays until `stop` or the end of input; returns the exit status: 0, or
    /// `Console.outputFailedStatus` when the output failed. Ctrl-C ends the program with
    /// `Interruption.exitStatus` after saying how to resume.
    public func run() -> Int32 {
        let session = self.session
        let interruption = Interruption {
            session.saveWriter.map { session.text("session.interrupted", $0.path) }
                ?? session.text("session.interrupted-unsaved")
        }
        interruption.install()
        return interruption.busy {
            do throws(OutputFailure) {
                try play(interruption)
                return 0
            } catch {
                let saved = session.saveWriter?.path
                let message =
                    saved.map { session.text("terminal.output-failed", error.reason, $0) }
                    ?? session.text("terminal.output-failed.unsaved", error.reason)
                try? errors.write(message + "\n")
                return Console.outputFailedStatus
            }
        }
    }

    private func play(_ interruption: Interruption) throws(OutputFailure) {
        let terminal = TerminalInfo.stdoutIsTerminal
        let typing = TerminalInfo.stdinIsTerminal
        let clears = terminal && typing
        var input = LineReader()
        try emit(session.start(), clear: clears && script.isEmpty)
        for line in script {
            if session.isFinished { return }
            try write(Transcript.echo(session.prompt, line))
            try emit(session.handle(line), clear: false)
        }
        while !session.isFinished {
            if typing {
                try write(session.prompt + " ", newline: false)
            }
            switch interruption.reading({ input.next() }) {
            case .text(let line):
                if !typing { try write(Transcript.echo(session.prompt, line)) }
                try emit(session.handle(line), clear: clears)
            case .tooLong:
                let error = InputError("line-too-long", ["\(LineReader.standardLimit)"])
                try emit([session.explain(error)], clear: false)
            case .end:
                if typing { try write("") }
                if let path = session.saveWriter?.path {
                    try emit([session.text("session.eof", path)], clear: false)
                }
                return
            }
        }
    }

    private func emit(_ lines: [String], clear: Bool) throws(OutputFailure) {
        let shown = Transcript.present(lines, language: session.language, terminal: clear)
        guard !shown.isEmpty else { return }
        try write(shown.joined(separator: "\n"))
    }

    private func write(_ text: String, newline: Bool = true) throws(OutputFailure) {
        try output.write(newline ? text + "\n" : text)
    }
}
