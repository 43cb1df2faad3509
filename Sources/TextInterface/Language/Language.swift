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
        case .nl: Language.dutch
        case .en: Language.english
        }
    }

    /// The Dutch messages with those of the instruments.
    private static let dutch = DutchMessages.table.merging(InstrumentMessages.dutch) { a, _ in a }
        .merging(ProgrammeMessages.dutch) { a, _ in a }
    /// The English messages with those of the instruments.
    private static let english = EnglishMessages.table.merging(InstrumentMessages.english) {
        a, _ in a
    }.merging(ProgrammeMessages.english) { a, _ in a }
}
