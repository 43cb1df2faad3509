import Glibc

/// The server's console: its standard input to `host.console`, the host's console output to
/// its standard output. The end of the input ends the console, not the server.
extension ServerLoop {
    /// Reads what the console typed and hands each complete line to the host.
    func readConsole() {
        var chunk = [UInt8](repeating: 0, count: 4096)
        let count = read(consoleInput, &chunk, chunk.count)
        if count < 0 && (errno == EAGAIN || errno == EINTR) { return }
        guard count > 0, var reader = consoleReader else {
            consoleReader = nil
            return
        }
        let events = reader.feed(chunk[..<count])
        consoleReader = reader
        for event in events {
            switch event {
            case .line(let bytes):
                guard let text = String(validating: bytes, as: UTF8.self) else {
                    writeStandardOutput(LineMessages.badText + "\n")
                    continue
                }
                host.console(text)
            case .tooLong:
                consoleReader = LineReader(limit: limits.maxLineBytes)
                writeStandardOutput(LineMessages.consoleLineTooLong + "\n")
            }
        }
    }

    /// Prints the host's new console output, when the configuration asks for it.
    func printConsoleOutput() {
        guard configuration.printsConsole else { return }
        let slice = host.consoleOutput(after: consoleAfter)
        consoleAfter = slice.next
        guard !slice.lines.isEmpty else { return }
        writeStandardOutput(slice.lines.map { $0 + "\n" }.joined())
    }

    /// Writes `text` to the console's output, all of it (the operator's terminal).
    func writeStandardOutput(_ text: String) {
        var bytes = Array(text.utf8)
        var start = 0
        while start < bytes.count {
            let written = bytes.withUnsafeMutableBytes {
                write(consoleOutput, $0.baseAddress! + start, $0.count - start)
            }
            if written <= 0 {
                if written < 0 && errno == EINTR { continue }
                return
            }
            start += written
        }
    }
}
