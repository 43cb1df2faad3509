import TestSupport
import Testing

@testable import TOML

/// The cache of short texts hands out exactly the text of the bytes asked for, whatever was
/// asked before: runs that share a length and their first eight bytes, runs that end the
/// buffer, and runs past its limit of 16 bytes.
@Suite struct ShortTextCacheTests {
    @Test func everyRunReadsAsItsBytes() {
        var random = SplitMix64(seed: 512)
        var buffer: [UInt8] = []
        var runs: [Range<Int>] = []
        for _ in 0..<TestScale.count(quick: 3_000, full: 30_000) {
            let start = buffer.count
            // Half the runs share their first eight bytes, so only the rest tells them apart.
            if random.below(2) == 0 { buffer += Array("aaaaaaaa".utf8) }
            for _ in 0..<random.below(13) {
                switch random.below(20) {
                case 0: buffer += Array("ö".utf8)
                case 1...9: buffer.append(0x61)
                default: buffer.append(0x62)
                }
            }
            runs.append(start..<buffer.count)
        }
        buffer.withUnsafeBufferPointer { bytes in
            var cache = ShortTextCache()
            for _ in 0..<TestScale.count(quick: 30_000, full: 300_000) {
                let run = runs[random.below(runs.count)]
                let text = cache.text(bytes, run.lowerBound, run.upperBound)
                let expected = String(decoding: bytes[run], as: UTF8.self)
                if text != expected {
                    Issue.record(
                        "\(run): \(text.debugDescription) for \(expected.debugDescription)")
                    return
                }
            }
        }
    }
}
