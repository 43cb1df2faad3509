/// Looks up the engine's messages in one language and fills in their arguments.
///
/// A message is a template with `{1}`, `{2}`, ... for its arguments; a missing argument
/// shows as `?`, a missing key as the key itself (tests check both tables are complete).
public struct Messages: Sendable {
    /// The language of the messages.
    public let language: Language

    /// Creates the messages of `language`.
    public init(_ language: Language) {
        self.language = language
    }

    /// The text for `key` with its placeholders replaced by `arguments`, in order.
    public func callAsFunction(_ key: String, _ arguments: String...) -> String {
        fill(key, arguments)
    }

    /// The text for `key` with its placeholders replaced by `arguments`, in order.
    public func fill(_ key: String, _ arguments: [String]) -> String {
        guard let template = language.table[key] else { return key }
        return Messages.substitute(template, arguments)
    }

    /// Whether the table has `key`.
    public func has(_ key: String) -> Bool { language.table[key] != nil }

    /// Replaces `{n}` in `template` by the n-th argument (1-based), or `?` when missing.
    static func substitute(_ template: String, _ arguments: [String]) -> String {
        // Braces are single bytes in UTF-8: the search works on bytes, which is far cheaper
        // than walking characters.
        let open = UInt8(ascii: "{")
        guard template.utf8.contains(open) else { return template }
        var result = ""
        var rest = Substring(template)
        while let brace = rest.utf8.firstIndex(of: open) {
            result += rest[..<brace]
            let after = rest[rest.utf8.index(after: brace)...]
            if let close = after.utf8.firstIndex(of: UInt8(ascii: "}")),
                let number = Int(after[..<close])
            {
                result += arguments.indices.contains(number - 1) ? arguments[number - 1] : "?"
                rest = after[after.utf8.index(after: close)...]
            } else {
                result += "{"
                rest = after
            }
        }
        return result + rest
    }
}
