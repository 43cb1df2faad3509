import Glibc

/// A pipe another thread writes a byte into to wake the loop from `poll`.
final class WakePipe: Sendable {
    /// The end the loop polls.
    let readEnd: Int32
    /// The end `wake()` writes to.
    let writeEnd: Int32

    /// Opens a non-blocking pipe.
    init() throws(ServerError) {
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else {
            throw ServerError(
                id: "socket-failed", message: "could not open a pipe: \(Socket.errorText())",
                suggestion: "close other programs or raise the open-file limit")
        }
        readEnd = ends[0]
        writeEnd = ends[1]
        for end in ends {
            _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
            _ = fcntl(end, F_SETFD, FD_CLOEXEC)
        }
    }

    /// Wakes the loop; never blocks (a full pipe already wakes it).
    func wake() {
        var byte: UInt8 = 1
        _ = write(writeEnd, &byte, 1)
    }

    /// Empties the pipe.
    func drain() {
        var buffer = [UInt8](repeating: 0, count: 64)
        while read(readEnd, &buffer, buffer.count) > 0 {}
    }

    deinit {
        close(readEnd)
        close(writeEnd)
    }
}
