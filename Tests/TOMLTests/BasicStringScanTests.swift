import TOML
import TestSupport
import Testing

/// One-line "basic strings" are scanned eight bytes at a time up to the first byte that needs
/// a look; at every alignment the text reads whole, and a closing quote, an escape or a
/// control character is still seen where it is.
@Suite struct BasicStringScanTests {
    /// Plain pieces of text (no quote, backslash or control character but tab).
    static let pieces = ["a", "bcdefghij", "\t", " ", "ë", "🙂", "0123456"]

    @Test func everyByteThatMattersIsSeenAtEveryAlignment() throws {
        var random = SplitMix64(seed: 88)
        for _ in 0..<TestScale.count(quick: 300, full: 3_000) {
            var text = ""
            for _ in 0..<random.below(12) { text += Self.pieces[random.below(Self.pieces.count)] }
            let cut = text.index(text.startIndex, offsetBy: random.below(text.count + 1))
            let head = String(text[..<cut])
            let tail = String(text[cut...])
            let plain = try #require(TOMLTestSupport.document("x = \"\(text)\"\ny = 1"))
            #expect(plain.root["x"]?.value.stringValue == text, "\(text.debugDescription)")
            let escaped = try #require(
                TOMLTestSupport.document("x = \"\(head)\\\"\\\\\\t\(tail)\"\ny = 1"))
            #expect(
                escaped.root["x"]?.value.stringValue == head + "\"\\\t" + tail,
                "\(text.debugDescription)")
            let control = ["\u{01}", "\u{7F}", "\u{1F}", "\u{00}"][random.below(4)]
            let broken = "x = \"\(head)\(control)\(tail)\""
            let errors = try #require(TOMLTestSupport.failure(broken), "\(broken.debugDescription)")
            #expect(
                errors.first?.location.column == "x = \"\(head)".count + 1,
                "\(broken.debugDescription)")
            let early = try #require(TOMLTestSupport.document("x = \"\(head)\" # \(tail)"))
            #expect(early.root["x"]?.value.stringValue == head, "\(text.debugDescription)")
        }
    }
}
