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

    @Test(
        "every refusal names at least the values its message shows, so none shows ?",
        arguments: Rejection.Reason.allCases)
    func reasonValuesFillTheirMessages(_ reason: Rejection.Reason) throws {
        let spec = try Fixtures.example().spec
        let values = (0..<reason.arity).map { _ in RejectionValue.money(7) }
        for language in Language.allCases {
            let explainer = RejectionExplainer(spec: spec, text: Messages(language))
            let rejection = Rejection(reason, values: RejectionValues(values))
            #expect(!explainer.reason(rejection).contains("?"), "\(language): \(reason)")
        }
        if reason == .overBudget {
            let planned = Rejection(.overBudget, .money(69), .money(50), .money(45), .money(24))
            let english = RejectionExplainer(spec: spec, text: Messages(.en)).reason(planned)
            #expect(
                english
                    == "this costs 69 (45 for this project + 24 already planned this year), you have 50."
            )
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
