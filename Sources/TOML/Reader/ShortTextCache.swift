/// Remembers the strings made for short runs of bytes, so a key or word that comes back
/// (`name`, `cost`, `"beheer"`) is handed out again instead of being decoded and checked anew.
///
/// Direct-mapped: a run of at most 16 bytes goes to one slot chosen by its bytes; a slot
/// holding other bytes is overwritten.
struct ShortTextCache {
    /// The longest run that is cached.
    static let maxLength = 16
    private static let slotCount = 512

    /// A remembered run: its bytes as two words, its length, and its text.
    private struct Slot {
        var first: UInt64 = 0
        var second: UInt64 = 0
        /// The run's length plus one, so an empty slot (0) matches no run.
        var length = 0
        var text = ""
    }

    private var slots = [Slot](repeating: Slot(), count: slotCount)

    /// The text of `bytes[from..<to]`, which must be valid UTF-8.
    mutating func text(_ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> String {
        guard to - from <= Self.maxLength else { return Self.decode(bytes, from, to) }
        var fingerprint: UInt64 = 0
        return text(bytes, from, to, fingerprint: &fingerprint)
    }

    /// The text of `bytes[from..<to]`, which must be valid UTF-8, and its `fingerprint`.
    mutating func text(
        _ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int, fingerprint: inout UInt64
    ) -> String {
        let length = to - from
        let (a, b) = Self.words(bytes, from, min(length, Self.maxLength))
        let mixed = Self.mix(a, b, length)
        fingerprint = mixed
        guard length <= Self.maxLength else { return Self.decode(bytes, from, to) }
        let slot = Int(truncatingIfNeeded: mixed >> 55) & (Self.slotCount - 1)
        let hit = slots.withUnsafeBufferPointer {
            $0[slot].length == length + 1 && $0[slot].first == a && $0[slot].second == b
        }
        if hit { return slots[slot].text }
        let text = Self.decode(bytes, from, to)
        slots[slot] = Slot(first: a, second: b, length: length + 1, text: text)
        return text
    }

    /// A hash of the UTF-8 bytes of `text`: the fingerprint `text(_:_:_:fingerprint:)` gives
    /// for the same bytes.
    static func fingerprint(of text: String) -> UInt64 {
        var text = text
        return text.withUTF8 { buffer in
            let (a, b) = words(buffer, 0, min(buffer.count, maxLength))
            return mix(a, b, buffer.count)
        }
    }

    /// Mixes the first sixteen bytes of a run (`a`, `b`) with its length.
    @inline(__always) private static func mix(_ a: UInt64, _ b: UInt64, _ length: Int) -> UInt64 {
        (a ^ (b &* 0x9E37_79B9_7F4A_7C15) ^ UInt64(length)) &* 0xFF51_AFD7_ED55_8CCD
    }

    /// The run's bytes as two little-endian words, zero past its end.
    @inline(__always) private static func words(
        _ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, _ length: Int
    )
        -> (UInt64, UInt64)
    {
        if from + 16 <= bytes.count {
            let a = ByteWords.load(bytes, from)
            let b = ByteWords.load(bytes, from + 8)
            if length >= 16 { return (a, b) }
            if length >= 8 { return (a, b & ((1 &<< UInt64(8 * (length - 8))) &- 1)) }
            return (a & ((1 &<< UInt64(8 * length)) &- 1), 0)
        }
        var a: UInt64 = 0
        var b: UInt64 = 0
        for i in 0..<length {
            let byte = UInt64(bytes[from + i])
            if i < 8 { a |= byte << UInt64(8 * i) } else { b |= byte << UInt64(8 * (i - 8)) }
        }
        return (a, b)
    }

    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int)
        -> String
    {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<to]), as: UTF8.self)
    }
}
