/// Bytes waiting to be sent on one connection, sent from the front.
struct Outbox {
    private var bytes: [UInt8] = []
    private var start = 0

    /// Bytes still to send.
    var count: Int { bytes.count - start }

    /// Whether nothing waits.
    var isEmpty: Bool { count == 0 }

    /// Queues `more` behind what waits.
    mutating func append(_ more: some Sequence<UInt8>) {
        bytes.append(contentsOf: more)
    }

    /// Sends what the socket takes now: the number of bytes sent, or nil when the peer is gone.
    mutating func flush(to fd: Int32) -> Int? {
        var total = 0
        while start < bytes.count {
            let sent = bytes.withUnsafeBytes {
                Socket.send(fd, UnsafeRawBufferPointer(rebasing: $0[start...]))
            }
            guard let sent else { return nil }
            if sent == 0 { break }
            start += sent
            total += sent
        }
        if start == bytes.count {
            bytes.removeAll(keepingCapacity: bytes.capacity <= 65536)
            start = 0
        } else if start > 65536 {
            bytes.removeFirst(start)
            start = 0
        }
        return total
    }
}
