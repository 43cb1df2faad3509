import Foundation
import Strategies

/// Streams results to a file as games finish, buffering a few lines at a time.
final class ResultFileWriter {
    private let handle: FileHandle
    private let output: OutputWriter
    private let format: ResultFileFormat
    private var buffer = ""
    /// The first write that failed (a full disk); nothing is written after it.
    private(set) var failure: OutputFailure?

    /// Creates (or truncates) the file at `path`; nil if it cannot be written. It is opened
    /// in place, never replaced, so `/dev/null` or a pipe stays what it is.
    init?(path: String) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { return nil }
        handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        output = OutputWriter(descriptor: handle.fileDescriptor, name: path)
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
        guard !buffer.isEmpty, failure == nil else { return }
        do {
            try output.write(buffer)
        } catch {
            failure = error
        }
        buffer = ""
    }

    /// Flushes and closes the file.
    func close() {
        flush()
        try? handle.close()
    }
}
