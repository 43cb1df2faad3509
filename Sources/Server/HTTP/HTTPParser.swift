/// A strict, bounded HTTP/1.x request parser over the bytes a connection has buffered.
///
/// It takes origin-form targets only, HTTP/1.0 and HTTP/1.1, CRLF or bare LF line ends,
/// no header folding, at most `maxHeaderBytes` of request line and headers and a body only
/// by `Content-Length` up to `maxBodyBytes`. HTTP/1.1 requests need exactly one `Host`.
/// Anything else is a failure with a status: 400 (malformed), 411 (chunked, or a POST
/// without a length), 413 (body too long), 414 (target too long), 431 (headers too long),
/// 505 (other versions). It never traps on any input.
struct HTTPParser {
    /// Request line and headers together at most, in bytes.
    var maxHeaderBytes = 8192
    /// Body at most, in bytes.
    var maxBodyBytes = 4096
    /// Request target at most, in bytes.
    var maxTargetBytes = 2048
    /// Header lines at most.
    var maxHeaderCount = 64

    /// Parses the request at the start of `buffer`.
    func parse(_ buffer: [UInt8]) -> HTTPParseResult {
        let newline = UInt8(ascii: "\n")
        guard let firstEnd = buffer.prefix(maxHeaderBytes).firstIndex(of: newline) else {
            if buffer.count >= maxHeaderBytes {
                return .failure(.uriTooLong, reason: "request line too long")
            }
            return .incomplete
        }
        var requestLine = RequestLine()
        if let failure = parseRequestLine(line(buffer[..<firstEnd]), into: &requestLine) {
            return failure
        }
        guard let headEnd = endOfHead(buffer) else {
            if buffer.count >= maxHeaderBytes {
                return .failure(.headersTooLarge, reason: "headers too long")
            }
            return .incomplete
        }
        var headers: [(name: String, value: String)] = []
        var start = firstEnd + 1
        while start < headEnd.linesEnd {
            let end = buffer[start..<headEnd.linesEnd].firstIndex(of: newline) ?? headEnd.linesEnd
            guard headers.count < maxHeaderCount else {
                return .failure(.headersTooLarge, reason: "too many headers")
            }
            switch parseHeader(line(buffer[start..<end])) {
            case .success(let header): headers.append(header)
            case .failure(let failure): return failure.result
            }
            start = end + 1
        }
        let length: Int
        switch bodyLength(headers, method: requestLine.method, version: requestLine.version) {
        case .success(let found): length = found
        case .failure(let failure): return failure.result
        }
        guard buffer.count >= headEnd.bodyStart + length else { return .incomplete }
        return .request(
            HTTPRequest(
                method: requestLine.method, path: requestLine.path, query: requestLine.query,
                headers: headers,
                body: Array(buffer[headEnd.bodyStart..<headEnd.bodyStart + length]),
                length: headEnd.bodyStart + length))
    }

    private struct RequestLine {
        var method = ""
        var path = ""
        var query: [String: String] = [:]
        var version = ""
    }

    private struct Failure: Error {
        var status: HTTPStatus
        var reason: String
        var result: HTTPParseResult { .failure(status, reason: reason) }
    }

    /// A line's bytes without its CR; nil when a CR stands anywhere else.
    private func line(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8>? {
        var bytes = bytes
        if bytes.last == UInt8(ascii: "\r") { bytes = bytes.dropLast() }
        return bytes.contains(UInt8(ascii: "\r")) ? nil : bytes
    }

    /// Where the blank line ends the head: the end of the header lines and the body's start.
    private func endOfHead(_ buffer: [UInt8]) -> (linesEnd: Int, bodyStart: Int)? {
        let limit = min(buffer.count, maxHeaderBytes)
        var index = 0
        while index < limit {
            if buffer[index] == UInt8(ascii: "\n") {
                var next = index + 1
                if next < buffer.count, buffer[next] == UInt8(ascii: "\r") { next += 1 }
                if next < buffer.count, buffer[next] == UInt8(ascii: "\n") {
                    return (index, next + 1)
                }
            }
            index += 1
        }
        return nil
    }

    private func parseRequestLine(
        _ bytes: ArraySlice<UInt8>?, into result: inout RequestLine
    ) -> HTTPParseResult? {
        guard let bytes else { return .failure(.badRequest, reason: "stray CR in request line") }
        let parts = bytes.split(separator: UInt8(ascii: " "), omittingEmptySubsequences: false)
        guard parts.count == 3 else {
            return .failure(.badRequest, reason: "request line is not METHOD TARGET VERSION")
        }
        guard (1...16).contains(parts[0].count), parts[0].allSatisfy(Self.isTokenByte) else {
            return .failure(.badRequest, reason: "bad method")
        }
        let version = String(decoding: parts[2], as: UTF8.self)
        if version != "HTTP/1.1" && version != "HTTP/1.0" {
            let digits = version.utf8.dropFirst(5)
            if version.hasPrefix("HTTP/"), digits.count == 3,
                digits.enumerated().allSatisfy({
                    $0.offset == 1 ? $0.element == 46 : (48...57).contains($0.element)
                })
            {
                return .failure(.versionNotSupported, reason: "only HTTP/1.0 and HTTP/1.1")
            }
            return .failure(.badRequest, reason: "bad HTTP version")
        }
        let target = parts[1]
        guard target.count <= maxTargetBytes else {
            return .failure(.uriTooLong, reason: "target too long")
        }
        guard target.first == UInt8(ascii: "/"), target.allSatisfy({ (0x21...0x7E).contains($0) })
        else { return .failure(.badRequest, reason: "bad request target") }
        let text = String(decoding: target, as: UTF8.self)
        let pieces = text.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        guard let path = PercentDecoding.decode(pieces[0], plusIsSpace: false) else {
            return .failure(.badRequest, reason: "bad percent-encoding in path")
        }
        var query: [String: String] = [:]
        if pieces.count == 2 {
            for item in pieces[1].split(separator: "&") {
                let pair = item.split(
                    separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                guard let name = PercentDecoding.decode(pair[0], plusIsSpace: true),
                    let value = PercentDecoding.decode(
                        pair.count == 2 ? pair[1] : "", plusIsSpace: true)
                else { return .failure(.badRequest, reason: "bad percent-encoding in query") }
                guard query[name] == nil else {
                    return .failure(.badRequest, reason: "query name given twice")
                }
                query[name] = value
            }
        }
        result = RequestLine(
            method: String(decoding: parts[0], as: UTF8.self), path: path, query: query,
            version: version)
        return nil
    }

    private func parseHeader(
        _ bytes: ArraySlice<UInt8>?
    ) -> Result<(name: String, value: String), Failure> {
        guard let bytes else { return .failure(Failure(status: .badRequest, reason: "stray CR")) }
        guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")) else {
            return .failure(Failure(status: .badRequest, reason: "header without colon"))
        }
        let name = bytes[..<colon]
        guard !name.isEmpty, name.allSatisfy(Self.isTokenByte) else {
            return .failure(Failure(status: .badRequest, reason: "bad header name"))
        }
        var value = bytes[(colon + 1)...]
        while let first = value.first, first == 0x20 || first == 0x09 { value = value.dropFirst() }
        while let last = value.last, last == 0x20 || last == 0x09 { value = value.dropLast() }
        guard value.allSatisfy({ $0 == 0x09 || (0x20...0x7E).contains($0) || $0 >= 0x80 }) else {
            return .failure(Failure(status: .badRequest, reason: "control byte in header value"))
        }
        return .success(
            (
                String(decoding: name, as: UTF8.self).lowercased(),
                String(decoding: value, as: UTF8.self)
            ))
    }

    private func bodyLength(
        _ headers: [(name: String, value: String)], method: String, version: String
    ) -> Result<Int, Failure> {
        let hosts = headers.filter { $0.name == "host" }
        if hosts.count > 1 || (version == "HTTP/1.1" && hosts.isEmpty) {
            return .failure(Failure(status: .badRequest, reason: "HTTP/1.1 needs one Host header"))
        }
        if headers.contains(where: { $0.name == "transfer-encoding" }) {
            return .failure(
                Failure(status: .lengthRequired, reason: "send a Content-Length, not chunks"))
        }
        let lengths = headers.filter { $0.name == "content-length" }
        guard let value = lengths.first?.value else {
            return method == "POST" || method == "PUT"
                ? .failure(Failure(status: .lengthRequired, reason: "Content-Length required"))
                : .success(0)
        }
        guard lengths.count == 1 else {
            return .failure(Failure(status: .badRequest, reason: "Content-Length given twice"))
        }
        guard (1...10).contains(value.utf8.count),
            value.utf8.allSatisfy({ (48...57).contains($0) }),
            let length = Int(value)
        else { return .failure(Failure(status: .badRequest, reason: "bad Content-Length")) }
        guard length <= maxBodyBytes else {
            return .failure(Failure(status: .contentTooLarge, reason: "body too long"))
        }
        return .success(length)
    }

    /// Whether `byte` may stand in a method or header name (RFC 9110 `tchar`).
    static func isTokenByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        default: "!#$%&'*+-.^_`|~".utf8.contains(byte)
        }
    }
}
