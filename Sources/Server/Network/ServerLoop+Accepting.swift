import Glibc

/// Accepting connections, and making room when the server is full.
extension ServerLoop {
    /// Accepts the waiting connections (at most 256 a pass); pauses briefly when out of
    /// descriptors, so existing clients keep being served.
    func acceptAll(now: Double) {
        var accepted: [Connection] = []
        // A client's request has usually arrived by the time it is accepted: reading it now
        // saves a turn of the loop.
        defer {
            for connection in accepted where connections[connection.fd] === connection {
                receive(on: connection, now: now)
            }
        }
        for _ in 0..<256 {
            var storage = sockaddr_storage()
            var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
            let fd = withUnsafeMutablePointer(to: &storage) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    accept(listener, $0, &length)
                }
            }
            guard fd >= 0 else {
                if errno == EMFILE || errno == ENFILE || errno == ENOBUFS || errno == ENOMEM {
                    acceptPausedUntil = now + 0.1
                }
                return
            }
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
            _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
            let address = ResolvedAddress(
                family: Int32(storage.ss_family), storage: storage, length: length
            ).host
            if connections.count >= limits.maxConnections && !evictOne() {
                var message = Array((LineMessages.full + "\n").utf8)
                _ = message.withUnsafeMutableBytes { Socket.send(fd, UnsafeRawBufferPointer($0)) }
                close(fd)
                controller.update { $0.refusedFull += 1 }
                continue
            }
            let connection = Connection(fd: fd, address: address, now: now, limits: limits)
            connections[fd] = connection
            accepted.append(connection)
            controller.update {
                $0.accepted += 1
                $0.mostOpen = max($0.mostOpen, connections.count)
            }
        }
    }

    /// Closes the oldest connection that has proven nothing yet (no join, no complete
    /// request); false when none.
    func evictOne() -> Bool {
        let oldest = connections.values.filter(\.isUnproven).min { $0.openedAt < $1.openedAt }
        guard let oldest else { return false }
        closeNow(oldest)
        controller.update { $0.evicted += 1 }
        return true
    }
}
