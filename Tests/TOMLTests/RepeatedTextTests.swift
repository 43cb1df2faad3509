import TOML
import TestSupport
import Testing

/// Keys and plain strings that come back are handed out from a cache of short texts; on
/// random documents whose keys and texts repeat, collide and end the file, every key and
/// value still reads as written.
@Suite struct RepeatedTextTests {
    /// Words of every length around the cache's limit of 16 bytes, some the same in their
    /// first 8 or 16 bytes.
    static let keys = [
        "a", "ab", "abcdefg", "abcdefgh", "abcdefghi", "abcdefghijklmno", "abcdefghijklmnop",
        "abcdefghijklmnopq", "abcdefghijklmnopqr", "b", "ba", "abcdefgi", "abcdefghijklmnoq",
        "name", "cost", "owner", "z_9-", "1",
    ]
    /// Texts: the keys, the empty text, Dutch letters and an emoji across the word borders.
    static let texts =
        keys + ["", "coördinatie", "abcdefgë", "abcdefghijklmnö", "🙂🙂🙂🙂", "é", "beheer "]

    @Test func everyKeyAndTextReadsAsWritten() throws {
        var random = SplitMix64(seed: 16)
        for _ in 0..<TestScale.count(quick: 150, full: 1_500) {
            var source = ""
            var expected: [(table: String, key: String, text: String)] = []
            for table in 0..<(1 + random.below(4)) {
                source += "[t\(table)]\n"
                var unused = Self.keys
                for _ in 0..<(1 + random.below(8)) {
                    let key = unused.remove(at: random.below(unused.count))
                    let text = Self.texts[random.below(Self.texts.count)]
                    let quote = random.below(2) == 0 ? "\"" : "'"
                    source += "\(key) = \(quote)\(text)\(quote)\n"
                    expected.append(("t\(table)", key, text))
                }
            }
            if random.below(2) == 0 { source.removeLast() }
            let document = try #require(TOMLTestSupport.document(source))
            for (table, key, text) in expected {
                let node = try #require(document.root[table]?.value.tableValue?[key])
                #expect(
                    node.value.stringValue == text, "\(table).\(key) in \(source.debugDescription)")
                let keys = document.root[table]?.value.tableValue?.keys ?? []
                #expect(keys.contains(key))
            }
        }
    }
}
