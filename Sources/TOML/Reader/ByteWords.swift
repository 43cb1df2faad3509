/// Reads text eight bytes at a time, to skip quickly over runs that need no attention.
enum ByteWords {
    /// The eight bytes at `i`; `i + 8` must not pass the end of `bytes`.
    @inline(__always) static func load(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> UInt64 {
        UInt64(
            littleEndian: UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt64.self))
    }

    /// Whether all eight bytes of `word` are ASCII.
    @inline(__always) static func isASCII(_ word: UInt64) -> Bool {
        word & 0x8080_8080_8080_8080 == 0
    }

    /// Whether one of the eight bytes of `word` is `byte`.
    @inline(__always) static func contains(_ word: UInt64, _ byte: UInt8) -> Bool {
        let x = word ^ (0x0101_0101_0101_0101 &* UInt64(byte))
        return (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080 != 0
    }

    /// Whether one of the eight bytes of `word` is below `limit` (at most 0x80).
    @inline(__always) static func hasByte(below limit: UInt8, _ word: UInt64) -> Bool {
        (word &- 0x0101_0101_0101_0101 &* UInt64(limit)) & ~word & 0x8080_8080_8080_8080 != 0
    }

    /// The first offset from `from` up to `to` whose byte is not ASCII, or `to`.
    @inline(__always) static func firstNonASCII(
        _ bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int
    ) -> Int {
        var i = from
        while i + 8 <= to && isASCII(load(bytes, i)) { i += 8 }
        while i < to && bytes[i] < 0x80 { i += 1 }
        return i
    }
}
