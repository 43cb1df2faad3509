/// Escapes text for XHTML-compatible markup, in element content and in attribute values.
enum Escape {
    /// `text` safe as element content: `&`, `<` and `>` escaped, characters XML forbids
    /// replaced by U+FFFD.
    static func text(_ text: String) -> String {
        escaped(text, quotes: false)
    }

    /// `value` safe inside a double- or single-quoted attribute.
    static func attribute(_ value: String) -> String {
        escaped(value, quotes: true)
    }

    /// Escapes `text`, and quotes too when `quotes` is set.
    private static func escaped(_ text: String, quotes: Bool) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"" where quotes: result += "&quot;"
            case "'" where quotes: result += "&#39;"
            case "\n" where quotes: result += "&#10;"
            default:
                if allowed(scalar) {
                    result.unicodeScalars.append(scalar)
                } else {
                    result += "\u{FFFD}"
                }
            }
        }
        return result
    }

    /// Whether XML 1.0 allows `scalar` in a document.
    private static func allowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }
}
