import TOML
import TestSupport
import Testing

/// Multi-line strings are scanned eight bytes at a time; at every alignment, their text reads
/// whole, and a control character or a quote inside is still seen.
@Suite struct MultilineScanTests {
    @Test(arguments: ["\"\"\"", "'''"])
    func everyByteThatMattersIsSeenAtEveryAlignment(quotes: String) throws {
        var random = SplitMix64(seed: 8)
        for _ in 0..<TestScale.count(quick: 300, full: 3_000) {
            var text = ""
            for _ in 0..<random.below(40) {
                text += ["a", "bcdefghij", "\t", "\n", " ", "ë"][random.below(6)]
            }
            let document = try #require(TOMLTestSupport.document("x = \(quotes)\(text)\(quotes)"))
            // A newline right after the opening quotes is not part of the text.
            let expected = text.hasPrefix("\n") ? String(text.dropFirst()) : text
            #expect(document.root["x"]?.value.stringValue == expected, "\(text.debugDescription)")
            let cut = text.index(text.startIndex, offsetBy: random.below(text.count + 1))
            let control = ["\u{01}", "\u{7F}", "\u{1F}", "\u{00}"][random.below(4)]
            let broken = "x = \(quotes)" + text[..<cut] + control + text[cut...] + quotes
            #expect(TOMLTestSupport.failure(broken) != nil, "\(broken.debugDescription)")
            let quoted =
                "x = \(quotes)" + text[..<cut] + "\(quotes)\(quotes)" + text[cut...] + quotes
            #expect(TOMLTestSupport.failure(quoted) != nil, "\(quoted.debugDescription)")
        }
    }
}
