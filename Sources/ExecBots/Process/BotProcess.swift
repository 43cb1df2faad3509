import Dispatch
import Foundation
import Strategies

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One running bot program: lines written to its standard input, lines read from its
/// standard output within a time limit, its standard error kept for failure messages.
///
/// The command runs as `/bin/sh -c "exec COMMAND"`, so the shell's quoting works and the
/// process the engine stops is the bot itself. Waiting never spins: reads and writes wait
/// in `poll(2)` for the bot's pipes, with the time left as the limit. Writing to a bot that
/// has gone must not kill the engine, so the process ignores `SIGPIPE` from the first bot on.
final class BotProcess {
    /// The command, as given.
    let command: String
    /// The limits.
    let settings: ExecBotSettings
    /// The messages sent so far (the first is number 1).
    private(set) var messages = 0
    /// How many games this process was told of (`hello` messages).
    var games = 0

    private let process = Process()
    private let input: FileHandle
    private let output: FileHandle
    private let errors: FileHandle
    private var errorsOpen = true
    private var lines: LineBuffer
    private var errorTail = ErrorTail()
    /// Where reads land before they join `lines` or `errorTail`.
    private var chunk = [UInt8](repeating: 0, count: 65536)
    private let ended = DispatchSemaphore(value: 0)
    private var hasEnded = false
    private var stopped = false
    /// Whether the bot leads a process group of its own.
    private var leadsGroup = false

    /// Starts `command`; a launch failure names the command.
    init(command: String, settings: ExecBotSettings) throws(BotFailure) {
        signal(SIGPIPE, SIG_IGN)
        self.command = command
        self.settings = settings
        lines = LineBuffer(limit: settings.lineLimit)
        let toBot = Pipe()
        let fromBot = Pipe()
        let botErrors = Pipe()
        input = toBot.fileHandleForWriting
        output = fromBot.fileHandleForReading
        errors = botErrors.fileHandleForReading
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "exec " + command]
        process.standardInput = toBot
        process.standardOutput = fromBot
        process.standardError = botErrors
        let ended = self.ended
        process.terminationHandler = { _ in ended.signal() }
        do {
            try process.run()
        } catch {
            for handle in [input, output, errors] { try? handle.close() }
            stopped = true
            throw BotFailure(
                .launch, bot: command, message: 0, detail: "cannot start it: \(error)")
        }
        leadsGroup = getpgid(process.processIdentifier) == process.processIdentifier
        for handle in [input, output, errors] {
            let descriptor = handle.fileDescriptor
            _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
        }
    }

    deinit { stop() }

    /// Writes `text` and a line feed; fails when the bot has gone or does not read it in time.
    func send(_ text: String) throws(BotFailure) {
        messages += 1
        var bytes = Array(text.utf8)
        bytes.append(10)
        let deadline = Deadline(seconds: settings.timeout)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes {
                write(input.fileDescriptor, $0.baseAddress! + offset, $0.count - offset)
            }
            if written > 0 {
                offset += written
                continue
            }
            if written < 0 && errno == EINTR { continue }
            guard written < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) else {
                throw failure(.exited, line: nil, detail: "stopped reading: \(ending())")
            }
            guard let left = deadline.milliseconds else {
                throw failure(
                    .notReading, line: nil,
                    detail: "did not read its input within \(settings.timeout) s")
            }
            wait(for: input.fileDescriptor, events: Int16(POLLOUT), milliseconds: left)
        }
    }

    /// Fails when the bot wrote anything since its last answer, or has gone: checked before
    /// each decision, without waiting, so that a line nobody asked for is never taken as the
    /// next answer.
    func checkQuiet() throws(BotFailure) {
        let wrote =
            lines.isEmpty
            && wait(for: output.fileDescriptor, events: Int16(POLLIN), milliseconds: 0)
        if wrote && readOutput() == 0 {
            throw failure(.exited, line: nil, detail: "closed its output: \(ending())")
        }
        guard lines.isEmpty else {
            throw failure(
                .unasked, line: lines.pending,
                detail: "wrote a line when no answer was asked for (one line per decision)")
        }
    }

    /// The next line the bot writes, within the time limit.
    func receive() throws(BotFailure) -> String {
        let deadline = Deadline(seconds: settings.timeout)
        while true {
            switch lines.nextLine() {
            case .line(let line): return line
            case .tooLong(let start):
                throw failure(
                    .lineTooLong, line: start,
                    detail: "wrote a line longer than \(settings.lineLimit) bytes")
            case nil: break
            }
            guard let left = deadline.milliseconds else {
                let pending = lines.pending
                throw failure(
                    .timeout, line: pending.isEmpty ? nil : pending,
                    detail: "no answer within \(settings.timeout) s")
            }
            guard wait(for: output.fileDescriptor, events: Int16(POLLIN), milliseconds: left)
            else { continue }
            let count = readOutput()
            if count == 0
                || (count < 0 && errno != EINTR && errno != EAGAIN && errno != EWOULDBLOCK)
            {
                let pending = lines.pending
                throw failure(
                    .exited, line: pending.isEmpty ? nil : pending,
                    detail: "closed its output without an answer: \(ending())")
            }
        }
    }

    /// Reads what the bot wrote to its output into `lines`: the bytes read, 0 at its end, or
    /// -1 (with `errno`) when nothing could be read.
    private func readOutput() -> Int {
        let count = chunk.withUnsafeMutableBytes {
            read(output.fileDescriptor, $0.baseAddress!, $0.count)
        }
        if count > 0 {
            chunk.withUnsafeBytes { lines.append(UnsafeRawBufferPointer(rebasing: $0[..<count])) }
        }
        return count
    }

    /// Closes the bot's input so that it can end by itself, then kills it if it has not
    /// ended within the grace time, and waits for it (no zombie, no open pipe is left).
    func stop() {
        stop(grace: settings.grace)
    }

    /// Kills the bot at once (after a failure) and waits for it.
    func killNow() {
        stop(grace: 0)
    }

    private func stop(grace: Double) {
        guard !stopped else { return }
        stopped = true
        try? input.close()
        if grace <= 0 || !waitForEnd(seconds: grace) {
            killGroup()
            _ = waitForEnd(seconds: 5)
        }
        killGroup()
        try? output.close()
        try? errors.close()
    }

    /// Kills the bot and whatever it started: the bot leads its own process group (as
    /// `Process` starts it), so programs it left behind go too.
    private func killGroup() {
        let bot = process.processIdentifier
        guard bot > 0 else { return }
        // A group id stays taken while any member lives, so it names no other program.
        if leadsGroup { _ = kill(-bot, SIGKILL) }
        if process.isRunning { _ = kill(bot, SIGKILL) }
    }

    /// A failure of this bot at the current message, with its last words on stderr.
    func failure(_ kind: BotFailureKind, line: String?, detail: String) -> BotFailure {
        drainErrors()
        return BotFailure(
            kind, bot: command, message: messages, line: line, detail: detail,
            stderr: errorTail.text)
    }

    /// Waits until `descriptor` is ready for `events` or the bot wrote to stderr (which is
    /// then read, so that a chatty bot never blocks), at most `milliseconds`; whether the
    /// descriptor is ready.
    @discardableResult
    private func wait(for descriptor: Int32, events: Int16, milliseconds: Int32) -> Bool {
        var watched = [
            pollfd(fd: descriptor, events: events, revents: 0),
            pollfd(fd: errorsOpen ? errors.fileDescriptor : -1, events: Int16(POLLIN), revents: 0),
        ]
        guard poll(&watched, 2, milliseconds) > 0 else { return false }
        if watched[1].revents != 0 { drainErrors() }
        return watched[0].revents != 0
    }

    /// Reads what the bot wrote to stderr so far (at most 4 MB at a time, so that a bot that
    /// writes without end cannot hold the engine here).
    private func drainErrors() {
        guard errorsOpen else { return }
        for _ in 0..<64 {
            let count = chunk.withUnsafeMutableBytes {
                read(errors.fileDescriptor, $0.baseAddress!, $0.count)
            }
            if count > 0 {
                chunk.withUnsafeBytes {
                    errorTail.append(UnsafeRawBufferPointer(rebasing: $0[..<count]))
                }
                continue
            }
            if count == 0 { errorsOpen = false }
            if count < 0 && errno == EINTR { continue }
            return
        }
    }

    /// How the bot ended, or that it still runs, waiting a moment for it to end.
    private func ending() -> String {
        guard waitForEnd(seconds: 1) else { return "it still runs" }
        switch process.terminationReason {
        case .uncaughtSignal: return "it was killed by signal \(process.terminationStatus)"
        case .exit: return "it exited with status \(process.terminationStatus)"
        @unknown default: return "it ended"
        }
    }

    /// Whether the process ended within `seconds`.
    private func waitForEnd(seconds: Double) -> Bool {
        if hasEnded { return true }
        guard ended.wait(timeout: .now() + seconds) == .success else { return false }
        hasEnded = true
        return true
    }
}
