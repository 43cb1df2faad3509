import TestSupport
import Testing

@testable import TOML

/// Columns count characters as Swift does, also where the short count for letters below
/// U+0300 applies: on random runs of ASCII, two-byte letters, combining marks, emoji and
/// broken sequences, the count equals that of the decoded string.
@Suite struct CharacterCountTests {
    /// Pieces of a run: well-formed and broken UTF-8, without line breaks.
    static let pieces: [[UInt8]] = [
        Array("a".utf8), Array("ö".utf8), Array("ë".utf8), Array("\u{2FF}".utf8),
        Array("\u{301}".utf8), Array("🙂".utf8), Array("\r".utf8), [0xC3], [0x80], [0xC0, 0x80],
        [0xCB], [0xCC], [0xFF], Array("e\u{301}".utf8), Array("\u{1F1F3}\u{1F1F1}".utf8),
    ]

    @Test func theCountIsTheDecodedStringsCount() {
        var random = SplitMix64(seed: 300)
        for _ in 0..<TestScale.count(quick: 3_000, full: 30_000) {
            var run: [UInt8] = []
            for _ in 0..<random.below(8) { run += Self.pieces[random.below(Self.pieces.count)] }
            let expected = String(decoding: run, as: UTF8.self).count
            let counted = run.withUnsafeBufferPointer {
                LocationTracker.characterCount($0, 0, $0.count)
            }
            #expect(counted == expected, "\(run)")
        }
    }
}
