import GameRules
import Testing

@testable import TextInterface

/// The message tables: complete in both languages, and every refusal explained.
@Suite("Messages")
struct MessagesTests {
    @Test("Dutch and English have the same keys")
    func sameKeys() {
        #expect(Set(DutchMessages.table.keys) == Set(EnglishMessages.table.keys))
    }

    @Test(
        "every rejection reason is explained in both languages",
        arguments: Rejection.Reason.allCases)
    func reasons(_ reason: Rejection.Reason) {
        for language in Language.allCases {
            #expect(Messages(language).has("reason.\(reason.rawValue)"), "\(language): \(reason)")
        }
    }

    @Test("every command has usage, a summary, an explanation and an example")
    func commands() {
        let keys =
            CommandKind.allCases.map(\.rawValue)
            + FacilitatorCommand.allCases.map { "/" + $0.rawValue }
        for key in keys {
            for part in ["usage", "short", "explain", "example"] {
                #expect(Messages(.nl).has("\(part).\(key)"), "\(part).\(key)")
            }
        }
    }

    @Test("placeholders are filled in order, missing ones show as ?")
    func substitution() {
        #expect(Messages.substitute("{1} en {2}", ["a", "b"]) == "a en b")
        #expect(Messages.substitute("{2}{1}{3}", ["a", "b"]) == "ba?")
        #expect(Messages.substitute("{x} {", []) == "{x} {")
    }

    @Test("a language is chosen by code")
    func codes() {
        #expect(Language(code: "NL") == .nl)
        #expect(Language(code: "en-GB") == .en)
        #expect(Language(code: "fr") == nil)
    }
}
