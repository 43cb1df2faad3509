import GameRules
import Testing

@testable import Server

/// The HTTP parser on its own: valid requests, partial input, and fuzzing.
@Suite struct HTTPParserTests {
    let parser = HTTPParser()

    func parse(_ text: String) -> HTTPParseResult { parser.parse(Array(text.utf8)) }

    @Test func aGetWithAQueryIsDecoded() throws {
        let result = parse(
            "GET /api/wall?table=2&after=1%30&x=a+b HTTP/1.1\r\nHost: h\r\nX-Wijkspel-Code:  K7 \r\n\r\n"
        )
        guard case .request(let request) = result else {
            Issue.record("\(result)")
            return
        }
        #expect(request.method == "GET")
        #expect(request.path == "/api/wall")
        #expect(request.query == ["table": "2", "after": "10", "x": "a b"])
        #expect(request.header("x-wijkspel-code") == "K7")
        #expect(request.header("host") == "h")
        #expect(request.body.isEmpty)
    }

    @Test func bareLineFeedsAndHTTP10WithoutHostAreTaken() {
        guard case .request(let request) = parse("GET /wall HTTP/1.0\n\n") else {
            Issue.record("not parsed")
            return
        }
        #expect(request.path == "/wall")
        #expect(request.length == 20)
    }

    @Test func aBodyIsReadByItsLengthAndTheRestLeft() {
        let text = "POST /api/join HTTP/1.1\r\nHost: h\r\nContent-Length: 4\r\n\r\nABCDextra"
        guard case .request(let request) = parse(text) else {
            Issue.record("not parsed")
            return
        }
        #expect(request.body == Array("ABCD".utf8))
        #expect(request.length == text.utf8.count - 5)
    }

    @Test(arguments: [
        "", "GET", "GET / HTTP/1.1", "GET / HTTP/1.1\r\nHost: h\r\n",
        "POST /api/join HTTP/1.1\r\nHost: h\r\nContent-Length: 4\r\n\r\nAB",
    ])
    func partialRequestsAreIncomplete(text: String) {
        #expect(parse(text) == .incomplete)
    }

    @Test func theHeadIsBoundedEvenWithoutALineEnd() {
        let endless = parser.parse([UInt8](repeating: UInt8(ascii: "A"), count: 8192))
        #expect(endless == .failure(.uriTooLong, reason: "request line too long"))
        let headers = parser.parse(
            Array(("GET / HTTP/1.1\r\nX: " + String(repeating: "a", count: 9000)).utf8))
        #expect(headers == .failure(.headersTooLarge, reason: "headers too long"))
    }

    @Test func randomBytesNeverTrapAndGiveAFailureOrAnIncompleteOrAValidRequest() {
        var random = SeededGenerator(seed: 11)
        for _ in 0..<3000 {
            let count = Int.random(in: 0..<300, using: &random)
            let alphabet = Array("GET POST / HTTP/1.1\r\n:Host%0aA".utf8) + [0, 0xFF, 0xC3]
            let bytes = (0..<count).map { _ in
                Bool.random(using: &random)
                    ? alphabet.randomElement(using: &random)!
                    : UInt8.random(in: 0...255, using: &random)
            }
            check(parser.parse(bytes), bytes)
        }
    }

    @Test func mutatedValidRequestsNeverTrapAndGiveAFailureOrAnIncompleteOrAValidRequest() {
        var random = SeededGenerator(seed: 12)
        let seeds = [
            "GET /api/lines?after=3 HTTP/1.1\r\nHost: h\r\nX-Wijkspel-Code: K7QX\r\n\r\n",
            "POST /api/send HTTP/1.1\r\nHost: h\r\nX-Wijkspel-Code: K7QX\r\nContent-Length: 4\r\n\r\nkijk",
            "GET /wall?table=1 HTTP/1.0\n\n",
        ].map { Array($0.utf8) }
        var parsed = 0
        for _ in 0..<5000 {
            var bytes = seeds.randomElement(using: &random)!
            for _ in 0..<Int.random(in: 1...4, using: &random) {
                let index = Int.random(in: 0..<max(1, bytes.count), using: &random)
                switch Int.random(in: 0..<4, using: &random) {
                case 0 where !bytes.isEmpty:
                    bytes[index] = UInt8.random(in: 0...255, using: &random)
                case 1 where !bytes.isEmpty: bytes.remove(at: index)
                case 2:
                    bytes.insert(
                        UInt8.random(in: 0...255, using: &random), at: min(index, bytes.count))
                default: bytes = Array(bytes.prefix(index))
                }
            }
            if case .request = parser.parse(bytes) { parsed += 1 }
            check(parser.parse(bytes), bytes)
        }
        #expect(parsed > 100)
    }

    /// A result is a known failure status, an incomplete, or a request that obeys the rules.
    private func check(_ result: HTTPParseResult, _ bytes: [UInt8]) {
        switch result {
        case .incomplete:
            #expect(bytes.count < 8192)
        case .failure(let status, _):
            #expect([400, 411, 413, 414, 431, 505].contains(status.code))
        case .request(let request):
            #expect(request.path.hasPrefix("/"))
            #expect(
                !request.method.isEmpty && request.method.utf8.allSatisfy(HTTPParser.isTokenByte))
            #expect(request.body.count <= 4096)
            #expect(request.length <= bytes.count)
            #expect(
                request.headers.allSatisfy {
                    !$0.name.isEmpty && !$0.value.contains("\r") && !$0.value.contains("\n")
                })
            #expect(!request.path.contains("\u{0}"))
        }
    }
}
