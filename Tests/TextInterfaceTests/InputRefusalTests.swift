import GameRules
import Testing

@testable import TextInterface

/// Lines refused before they reach a command: control characters and absurd adjustments,
/// each with its stable id, in both languages, changing nothing.
@Suite("Input refusals")
struct InputRefusalTests {
    /// One refused line, the id its message must name and the words the message must hold.
    struct Case: CustomStringConvertible, Sendable {
        let line: String
        let id: String
        let names: [String]
        var description: String { "\(line.debugDescription) → \(id)" }
    }

    static let cases: [Case] = [
        Case(line: "geef sociaal 1\u{0} 2", id: "control-character", names: ["U+0000", "15"]),
        Case(line: "\u{1B}[2Jstatus", id: "control-character", names: ["U+001B", "1"]),
        Case(line: "plan \u{7F}riool_noord", id: "control-character", names: ["U+007F", "6"]),
        Case(line: "klaar\u{85}", id: "control-character", names: ["U+0085", "6"]),
        Case(line: "klaar\u{9F}", id: "control-character", names: ["U+009F", "6"]),
        Case(line: "klaar\r\r", id: "control-character", names: ["U+000D", "6"]),
        Case(line: "kla\u{8}ar", id: "control-character", names: ["U+0008", "4"]),
        Case(line: "/budget beheer 1\u{0}0", id: "control-character", names: ["U+0000", "17"]),
        Case(
            line: "/budget beheer +1e308", id: "amount-out-of-range", names: ["+1e308", "1000000"]),
        Case(line: "/budget beheer inf", id: "amount-out-of-range", names: ["inf"]),
        Case(line: "/budget beheer -1000000.5", id: "amount-out-of-range", names: ["-1000000.5"]),
        Case(
            line: "/vertrouwen beheer sociaal 2e6", id: "amount-out-of-range", names: ["2e6"]),
        Case(line: "/variabele noord.riool -1e9", id: "amount-out-of-range", names: ["-1e9"]),
    ]

    @Test("each refused line names its id and changes nothing", arguments: cases)
    func dutch(_ item: Case) throws {
        try check(item, .nl)
    }

    @Test("the same refusals in English", arguments: cases)
    func english(_ item: Case) throws {
        try check(item, .en)
    }

    private func check(_ item: Case, _ language: Language) throws {
        let session = try BadInputTests.planning(language)
        let state = session.game.state
        let actions = session.record.actions
        let output = session.handle(item.line).joined(separator: "\n")
        #expect(output.contains("[\(item.id)]"), "\(language): \(output)")
        for name in item.names { #expect(output.contains(name), "\(language): \(output)") }
        #expect(!output.contains("input."), "untranslated: \(output)")
        #expect(session.game.state == state)
        #expect(session.record.actions == actions)
    }

    @Test("a tab is a space and a trailing carriage return is allowed")
    func allowed() throws {
        #expect(try InputLine("geef\tsociaal  5\r").text == "geef sociaal  5")
        #expect(try InputLine("  klaar \t").text == "klaar")
        let session = try BadInputTests.planning()
        let output = session.handle("stort\twijkfonds 5\r").joined(separator: "\n")
        #expect(!output.contains("["), "\(output)")
        #expect(session.record.actions.count == 1)
    }

    @Test("the largest allowed adjustment is accepted")
    func limit() throws {
        let session = try BadInputTests.planning()
        let output = session.handle("/budget beheer +1000000").joined(separator: "\n")
        #expect(!output.contains("[amount-out-of-range]"), "\(output)")
        #expect(session.record.actions.count == 1)
    }

    @Test("a rules rejection of a non-finite result is explained in both languages")
    func nonFiniteReason() throws {
        for language in Language.allCases {
            let session = try BadInputTests.planning(language)
            let rejection = Rejection(.nonFiniteAmount, .money(.infinity))
            let line = session.explain(rejection)
            #expect(line.contains("[non-finite-amount]"))
            #expect(line.contains("(inf)"), "\(language): \(line)")
            #expect(!line.contains("reason."), "\(language): \(line)")
        }
    }
}
