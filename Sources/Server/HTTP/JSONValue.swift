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
    var encoded: String {
        var out = ""
        write(to: &out)
        return out
    }

    /// Values are equal when their texts are.
    static func == (left: JSONValue, right: JSONValue) -> Bool { left.encoded == right.encoded }

    private func write(to out: inout String) {
        switch self {
        case .string(let text): Self.writeString(text, to: &out)
        case .int(let number): out += String(number)
        case .null: out += "null"
        case .array(let items):
            out += "["
            for (index, item) in items.enumerated() {
                if index > 0 { out += "," }
                item.write(to: &out)
            }
            out += "]"
        case .object(let members):
            out += "{"
            for (index, member) in members.enumerated() {
                if index > 0 { out += "," }
                Self.writeString(member.0, to: &out)
                out += ":"
                member.1.write(to: &out)
            }
            out += "}"
        }
    }

    private static func writeString(_ text: String, to out: inout String) {
        out += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<", ">", "&", "\u{2028}", "\u{2029}", "\u{00}"..."\u{1F}", "\u{7F}":
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}
