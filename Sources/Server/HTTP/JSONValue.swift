/// A JSON value the server writes; encoding escapes so the text can never break out.
indirect enum JSONValue: Equatable {
    /// A string.
    case string(String)
    /// A whole number.
    case int(Int)
    /// `null`.
    case null
    /// An array.
    case array([JSONValue])
    /// An object, members in the order given.
    case object([(String, JSONValue)])

    /// The compact JSON text. Strings escape `"`, `\`, control characters, `<`, `>`, `&`,
    /// and U+2028/U+2029 as `\uXXXX`, so the text is safe inside HTML and JavaScript too.
    var encoded: String { String(decoding: bytes, as: UTF8.self) }

    /// The compact JSON text as UTF-8 bytes, as an HTTP body carries it.
    var bytes: [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(256)
        write(to: &out)
        return out
    }

    /// Values are equal when their texts are.
    static func == (left: JSONValue, right: JSONValue) -> Bool { left.bytes == right.bytes }

    private func write(to out: inout [UInt8]) {
        switch self {
        case .string(let text): Self.writeString(text, to: &out)
        case .int(let number): out.append(contentsOf: String(number).utf8)
        case .null: out.append(contentsOf: "null".utf8)
        case .array(let items):
            out.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                item.write(to: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            out.append(UInt8(ascii: "{"))
            for (index, member) in members.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                Self.writeString(member.0, to: &out)
                out.append(UInt8(ascii: ":"))
                member.1.write(to: &out)
            }
            out.append(UInt8(ascii: "}"))
        }
    }

    /// Writes `text` quoted and escaped, working on its UTF-8 bytes: runs of bytes that need
    /// no escape are copied whole.
    private static func writeString(_ text: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            var runStart = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                // U+2028 and U+2029 are E2 80 A8 and E2 80 A9 in UTF-8.
                let separator =
                    byte == 0xE2 && index + 2 < bytes.count && bytes[index + 1] == 0x80
                    && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9)
                guard separator || needsEscape(byte) else {
                    index += 1
                    continue
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                if separator {
                    appendUnicodeEscape(bytes[index + 2] == 0xA8 ? 0x2028 : 0x2029, to: &out)
                    index += 3
                } else {
                    appendEscape(byte, to: &out)
                    index += 1
                }
                runStart = index
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
        }
        out.append(UInt8(ascii: "\""))
    }

    /// Whether an ASCII byte must be escaped: quotes, backslashes, controls and HTML's
    /// `<`, `>` and `&`.
    private static func needsEscape(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x00...0x1F, 0x7F, UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "<"),
            UInt8(ascii: ">"), UInt8(ascii: "&"):
            true
        default: false
        }
    }

    /// Appends the escape of one ASCII byte that `needsEscape`.
    private static func appendEscape(_ byte: UInt8, to out: inout [UInt8]) {
        let short: String? =
            switch byte {
            case UInt8(ascii: "\""): "\\\""
            case UInt8(ascii: "\\"): "\\\\"
            case UInt8(ascii: "\n"): "\\n"
            case UInt8(ascii: "\r"): "\\r"
            case UInt8(ascii: "\t"): "\\t"
            default: nil
            }
        if let short { return out.append(contentsOf: short.utf8) }
        appendUnicodeEscape(UInt32(byte), to: &out)
    }

    /// Appends `\uXXXX` (lowercase hex) for a code point below U+10000.
    private static func appendUnicodeEscape(_ value: UInt32, to out: inout [UInt8]) {
        let digits = Array("0123456789abcdef".utf8)
        out.append(contentsOf: "\\u".utf8)
        for shift in stride(from: 12, through: 0, by: -4) {
            out.append(digits[Int((value >> UInt32(shift)) & 0xF)])
        }
    }
}
