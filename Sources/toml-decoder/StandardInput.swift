#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads all of standard input with read(2), in chunks, up to a limit.
enum StandardInput {
    /// Every byte of standard input, or why not: closed, a read error, or more than `limit`.
    static func readAll(limit: Int) -> Result<[UInt8], InputProblem> {
        if fcntl(0, F_GETFD) == -1 { return .failure(.closed) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(0, $0.baseAddress, $0.count) }
            if count == 0 { return .success(bytes) }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(errno == EBADF ? .closed : .readFailed(errno))
            }
            if bytes.count + count > limit { return .failure(.tooLarge(limit: limit)) }
            bytes.append(contentsOf: chunk[0..<count])
        }
    }
}
