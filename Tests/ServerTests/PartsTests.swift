import Foundation
import GameRules
import Testing

@testable import Server

/// The small parts of the server: line reader, codes, JSON, rate limits.
@Suite struct PartsTests {
    @Test func theLineReaderTakesCRLFAndLFAndDropsControlBytes() {
        var reader = LineReader(limit: 10)
        let result1 = reader.feed(Array("ab\r\ncd\ne\u{1B}f\tg".utf8))
        #expect(result1 == [.line(Array("ab".utf8)), .line(Array("cd".utf8))])
        let result2 = reader.feed(Array("\n".utf8))
        #expect(result2 == [.line(Array("ef g".utf8))])
    }

    @Test func theLineReaderStripsTelnetCommandsAndKeepsAnEscaped255() {
        var reader = LineReader(limit: 10)
        let bytes: [UInt8] = [
            0xFF, 0xFD, 0x03, 0x61, 0xFF, 0xFA, 0x18, 0x00, 0xFF, 0xF0, 0x62, 0xFF, 0xFF, 0x0A,
        ]
        let result3 = reader.feed(bytes)
        #expect(result3 == [.line([0x61, 0x62, 0xFF])])
    }

    @Test func theLineReaderNeverHoldsMoreThanItsLimit() {
        var reader = LineReader(limit: 8)
        let result4 = reader.feed(Array("12345678".utf8))
        #expect(result4 == [])
        #expect(reader.pending.count == 8)
        let result5 = reader.feed(Array("9".utf8))
        #expect(result5 == [.tooLong])
        #expect(reader.pending.isEmpty)
    }

    @Test func joinCodesIgnoreCaseSpacesAndDashes() {
        #expect(SeatCode.normalized(" k7qx-M2PD rt\r") == "K7QXM2PDRT")
        #expect(SeatCode.normalized(" - ") == nil)
        #expect(SeatCode.normalized(String(repeating: "A", count: 65)) == nil)
    }

    @Test func jsonStringsCannotBreakOut() {
        let value = JSONValue.object([
            ("a\"b", .string("</script><b>&\\\n\u{01}\u{2028}é")), ("n", .null), ("i", .int(-3)),
            ("l", .array([.string(""), .int(0)])),
        ])
        #expect(
            value.encoded
                == #"{"a\"b":"\u003c/script\u003e\u003cb\u003e\u0026\\\n\u0001\u2028é","n":null,"i":-3,"l":["",0]}"#
        )
    }

    @Test func jsonStringsRoundTripAndStaySafeForAnyText() throws {
        // Scalars from every class the writer treats apart: plain ASCII, escapes, controls,
        // HTML characters, two- and three-byte letters, the line separators and an emoji.
        let alphabet: [Unicode.Scalar] = [
            "a", "Z", "0", " ", "\"", "\\", "\n", "\r", "\t", "\u{00}", "\u{1F}", "\u{7F}", "<",
            ">",
            "&", "é", "€", "\u{2027}", "\u{2028}", "\u{2029}", "\u{202A}", "😀",
        ]
        var random = SeededGenerator(seed: 11)
        for _ in 0..<500 {
            var text = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0..<40, using: &random) {
                text.append(alphabet.randomElement(using: &random)!)
            }
            let original = String(text)
            let encoded = JSONValue.array([.string(original)]).encoded
            for unsafe in ["<", ">", "&", "\u{2028}", "\u{2029}", "\u{00}", "\n"] {
                #expect(!encoded.contains(unsafe), "\(encoded) holds \(unsafe.debugDescription)")
            }
            let decoded = try JSONSerialization.jsonObject(with: Data(encoded.utf8)) as? [String]
            #expect(decoded == [original])
        }
    }

    @Test func aTokenBucketAllowsItsBurstThenItsRate() {
        var bucket = TokenBucket(rate: 10, capacity: 20, now: 0)
        let taken = (0..<25).filter { _ in bucket.take(now: 0) }.count
        #expect(taken == 20)
        let result6 = bucket.take(now: 0.1)
        #expect(result6)
        let result7 = bucket.take(now: 0.1)
        #expect(!result7)
    }

    @Test func theAttemptLimiterBlocksAnAddressForAWhileButNotOthers() {
        var limits = ServerLimits()
        limits.maxFailuresPerAddressPerMinute = 3
        limits.blockSeconds = 60
        var limiter = CodeAttemptLimiter(limits: limits, now: 0)
        for _ in 0..<3 {
            let result8 = limiter.mayTry(from: "a", now: 0)
            #expect(result8)
            limiter.recordFailure(from: "a", now: 0)
        }
        let result9 = limiter.mayTry(from: "a", now: 1)
        #expect(!result9)
        let result10 = limiter.mayTry(from: "b", now: 1)
        #expect(result10)
        let result11 = limiter.mayTry(from: "a", now: 59)
        #expect(!result11)
        let result12 = limiter.mayTry(from: "a", now: 61)
        #expect(result12)
    }

    @Test func httpLooksAreSniffedFromTheFirstLine() {
        #expect(ServerLoop.looksLikeHTTP(ArraySlice("GET / HTTP/1.1\r".utf8)))
        #expect(ServerLoop.looksLikeHTTP(ArraySlice("G(T / HTTP/1.1".utf8)))
        #expect(ServerLoop.looksLikeHTTP(ArraySlice("GET /aaaaaaaa".utf8)))
        #expect(!ServerLoop.looksLikeHTTP(ArraySlice("K7QX-M2PD-RT\r".utf8)))
        #expect(!ServerLoop.looksLikeHTTP(ArraySlice("GET".utf8)))
    }
}
