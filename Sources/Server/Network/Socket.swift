import Glibc

/// Thin wrappers over the POSIX socket calls the server and the line client need.
enum Socket {
    /// The text of the current `errno`.
    static func errorText(_ code: Int32 = errno) -> String {
        String(cString: strerror(code))
    }

    /// Resolves a numeric address (`127.0.0.1`, `::1`) or, when `numeric` is false, a host
    /// name, to the addresses `getaddrinfo` gives, in its order.
    static func resolve(
        _ host: String, port: Int, passive: Bool, numeric: Bool
    ) -> Result<[ResolvedAddress], ServerError> {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        hints.ai_flags =
            AI_NUMERICSERV | (passive ? AI_PASSIVE : 0) | (numeric ? AI_NUMERICHOST : 0)
        var list: UnsafeMutablePointer<addrinfo>?
        let status = getaddrinfo(host, String(port), &hints, &list)
        guard status == 0, let first = list else {
            return .failure(
                ServerError(
                    id: "bad-address",
                    message:
                        "cannot use the address '\(host)': \(String(cString: gai_strerror(status)))",
                    suggestion: numeric
                        ? "give a numeric address such as 127.0.0.1, 0.0.0.0 or ::"
                        : "check the host name or give its address"))
        }
        defer { freeaddrinfo(list) }
        var result: [ResolvedAddress] = []
        var node: UnsafeMutablePointer<addrinfo>? = first
        while let current = node {
            var storage = sockaddr_storage()
            withUnsafeMutableBytes(of: &storage) { target in
                target.copyMemory(
                    from: UnsafeRawBufferPointer(
                        start: current.pointee.ai_addr, count: Int(current.pointee.ai_addrlen)))
            }
            result.append(
                ResolvedAddress(
                    family: current.pointee.ai_family, storage: storage,
                    length: current.pointee.ai_addrlen))
            node = current.pointee.ai_next
        }
        return .success(result)
    }

    /// Opens a non-blocking listening socket on `address:port`.
    static func listen(address: String, port: Int) -> Result<Int32, ServerError> {
        guard (0...65535).contains(port) else {
            return .failure(
                ServerError(
                    id: "bad-port", message: "port \(port) is not between 0 and 65535",
                    suggestion: "try --port 0 for any free port"))
        }
        let addresses: [ResolvedAddress]
        switch resolve(address, port: port, passive: true, numeric: true) {
        case .success(let found): addresses = found
        case .failure(let error): return .failure(error)
        }
        guard let target = addresses.first else {
            return .failure(
                ServerError(
                    id: "bad-address", message: "the address '\(address)' names nothing",
                    suggestion: "give a numeric address such as 127.0.0.1"))
        }
        let fd = socket(
            target.family,
            Int32(SOCK_STREAM.rawValue | SOCK_NONBLOCK.rawValue | SOCK_CLOEXEC.rawValue),
            0)
        guard fd >= 0 else {
            return .failure(
                ServerError(
                    id: "socket-failed", message: "could not open a socket: \(errorText())",
                    suggestion: "close other programs or raise the open-file limit"))
        }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var storage = target.storage
        let bound = withUnsafePointer(to: &storage) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, target.length) }
        }
        if bound != 0 {
            let code = errno
            close(fd)
            switch code {
            case EADDRINUSE:
                return .failure(
                    ServerError(
                        id: "port-in-use",
                        message: "port \(port) on \(address) is already in use",
                        suggestion: "try --port 0 or another port"))
            case EACCES, EPERM:
                return .failure(
                    ServerError(
                        id: "permission-denied",
                        message: "may not listen on port \(port): \(errorText(code))",
                        suggestion: "use a port above 1023, or --port 0"))
            default:
                return .failure(
                    ServerError(
                        id: "bad-address",
                        message: "cannot listen on \(address):\(port): \(errorText(code))",
                        suggestion: "use an address of this machine, such as 127.0.0.1 or 0.0.0.0"))
            }
        }
        guard Glibc.listen(fd, 128) == 0 else {
            let text = errorText()
            close(fd)
            return .failure(
                ServerError(
                    id: "socket-failed", message: "could not listen: \(text)",
                    suggestion: "try --port 0 or another port"))
        }
        return .success(fd)
    }

    /// The port a socket is bound to.
    static func boundPort(_ fd: Int32) -> Int {
        var storage = sockaddr_storage()
        var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
        _ = withUnsafeMutablePointer(to: &storage) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        return ResolvedAddress(family: Int32(storage.ss_family), storage: storage, length: length)
            .port
    }

    /// Sends as much of `bytes` as the socket takes now; nil when the peer is gone.
    static func send(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> Int? {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return 0 }
        let sent = Glibc.send(fd, base, bytes.count, Int32(MSG_NOSIGNAL))
        if sent >= 0 { return sent }
        return errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR ? 0 : nil
    }
}
