/// The language of the engine's own messages: Dutch (`nl`) or English (`en`).
public enum Language: String, CaseIterable, Sendable, Codable {
    /// Dutch.
    case nl
    /// English.
    case en

    /// The language for a code such as `nl`, `EN` or `en-GB`; nil when it is neither.
    public init?(code: String) {
        let lower = code.lowercased()
        if lower.hasPrefix("nl") {
            self = .nl
        } else if lower.hasPrefix("en") {
            self = .en
        } else {
            return nil
        }
    }

    /// The message table of this language.
    var table: [String: String] {
        switch self {
        case .nl: DutchMessages.table
        case .en: EnglishMessages.table
        }
    }
}
