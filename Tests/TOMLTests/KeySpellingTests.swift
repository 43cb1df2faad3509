import TOML
import Testing

/// A table tells keys apart by a fingerprint of their bytes before comparing them: the same
/// key written bare, in quotes or with escapes is still the same key, and keys that share
/// their first sixteen bytes are still different keys.
@Suite struct KeySpellingTests {
    /// Two spellings of one key, written in that order.
    static let sameKey: [(String, String)] = [
        ("a", "\"a\""),
        ("a", "'a'"),
        ("\"a\"", "\"\\u0061\""),
        ("\"coördinatie\"", "'coördinatie'"),
        ("\"co\\u00F6rdinatie\"", "\"coördinatie\""),
        ("abcdefghijklmnopqrstuvwxyz", "\"abcdefghijklmnopqrstuvwxyz\""),
        ("\"twee woorden\"", "'twee woorden'"),
    ]

    /// Lines with other keys, enough for a table to keep an index of its keys.
    static let manyKeys = (0..<20).map { "other\($0) = \($0)\n" }.joined()

    @Test(arguments: sameKey, [false, true])
    func theSameKeySpelledTwiceIsADuplicate(spellings: (String, String), indexed: Bool) throws {
        let (first, second) = spellings
        let others = indexed ? Self.manyKeys : ""
        let source = others + "\(first) = 1\n\(second) = 2\n"
        let errors = try #require(TOMLTestSupport.failure(source), "\(source)")
        #expect(errors.map(\.id) == ["toml.duplicate-key"], "\(source)")
        let line = indexed ? 22 : 2
        #expect(errors.first?.location == SourceLocation(line: line, column: 1))
    }

    /// Keys that differ only after sixteen bytes, or only in length.
    static let differentKeys: [(String, String)] = [
        ("abcdefghijklmnopqrstuvwxyz", "abcdefghijklmnopqrstuvwxyZ"),
        ("abcdefghijklmnop", "abcdefghijklmnopq"),
        ("a", "A"),
        ("a", "\"a \""),
        ("\"\"", "\" \""),
    ]

    @Test(arguments: differentKeys)
    func differentKeysAreAllKept(first: String, second: String) throws {
        let source = "\(first) = 1\n\(second) = 2\n[t]\n\(first) = 3\n\(second) = 4\n"
        let document = try #require(TOMLTestSupport.document(source), "\(source)")
        #expect(document.root.count == 3)
        #expect(document.root["t"]?.value.tableValue?.count == 2)
    }
}
