import Foundation
import Strategies

/// Streams results to a file as games finish, buffering a few lines at a time.
final class ResultFileWriter {
    private let handle: FileHandle
    private let format: ResultFileFormat
    private var buffer = ""

    /// Creates (or truncates) the file at `path`; nil if it cannot be written.
    init?(path: String) {
        guard FileManager.default.createFile(atPath: path, contents: nil),
            let handle = FileHandle(forWritingAtPath: path)
        else { return nil }
        self.handle = handle
        format = ResultFileFormat(path: path)
        if format == .csv { buffer = ResultFileFormat.csvHeader + "\n" }
    }

    /// Adds one result.
    func write(_ result: GameResult) {
        buffer += format.line(result)
        buffer += "\n"
        if buffer.utf8.count > 64 * 1024 { flush() }
    }

    /// Writes what is buffered.
    func flush() {
        guard !buffer.isEmpty else { return }
        handle.write(Data(buffer.utf8))
        buffer = ""
    }

    /// Flushes and closes the file.
    func close() {
        flush()
        try? handle.close()
    }
}
