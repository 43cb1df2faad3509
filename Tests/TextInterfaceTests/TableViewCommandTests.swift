import Testing

@testable import GameRules
@testable import TextInterface

/// The new views of the table and the facilitator, in Dutch and English: each command
/// line shows its view (before these commands existed, each was `unknown-command`).
@Suite("Table views")
struct TableViewCommandTests {
    /// A command line and text its answer must contain.
    struct Case: CustomStringConvertible, Sendable {
        var language: Language
        var line: String
        var expected: [String]
        var description: String { "\(language.rawValue): \(line)" }
    }

    static let cases: [Case] = [
        Case(
            language: .nl, line: "koppelingen",
            expected: [
                "Koppelkansen", "riool_groen_zuid", "riool_noord van Stadsbeheer",
                "warmtenet_noord van Netbeheerder", "Bespaart 12", "[open]",
                "wederzijds vertrouwen van de eigenaren minstens",
                "beide gepland voor hetzelfde jaar",
            ]),
        Case(
            language: .en, line: "couplings",
            expected: [
                "Coupling chances", "riool_groen_zuid", "riool_noord, owned by Stadsbeheer",
                "Saves 12",
                "[open]", "mutual trust of the owners of at least",
                "both planned for the same year",
            ]),
        Case(
            language: .nl, line: "vormen",
            expected: [
                "Samenwerkingsvormen", "* Coöperatie (cooperatie)  nu van kracht",
                "Coördinatie (coordinatie)", "tot 2 jaar vooruit", "een coördinator beslist",
                "iedereen stemt", "Koppelbonus: 3 extra", "kost 4 per jaar", "(1 per rol)",
                "minstens 45", "stel-voor vorm ID",
            ]),
        Case(
            language: .en, line: "forms",
            expected: [
                "Forms of collaboration", "* Coöperatie (cooperatie)  in force now",
                "up to 2 year(s) ahead", "a coordinator decides", "everyone votes",
                "Coupling bonus: 6 extra", "costs 8 a year", "(2 per role)", "at least 60",
                "propose form ID",
            ]),
        Case(
            language: .nl, line: "/muur",
            expected: [
                "Muur 2026 · plannen", "Samenwerkingsvorm: Coöperatie", "Wijken:",
                "noord (De Bron-Noord): hinder 0", "Plannen die de hele tafel kent:",
                "Geen gedeelde plannen.", "Gedeelde score",
            ]),
        Case(
            language: .en, line: "/wall",
            expected: [
                "Wall 2026 · planning", "Form of collaboration: Coöperatie", "Districts:",
                "noord (De Bron-Noord): nuisance 0", "Plans the whole table knows:",
                "No shared plans.", "Shared score",
            ]),
        Case(
            language: .nl, line: "/gebeurtenis",
            expected: [
                "Gebeurtenissen", "+ subsidie", "+ rioolbreuk", "kan nog gebeuren",
                "/gebeurtenis ID",
            ]),
        Case(
            language: .en, line: "/event",
            expected: ["Events", "+ subsidie", "+ rioolbreuk", "can still happen", "/event ID"]),
        Case(
            language: .nl, line: "/toon",
            expected: ["Let op: dit is het volledige overzicht, met geheime plannen."]),
        Case(
            language: .en, line: "/show",
            expected: ["Careful: this is the full view, secret plans included."]),
        Case(
            language: .nl, line: "help vormen",
            expected: ["vormen", "stel-voor vorm ID", "vanaf volgend jaar"]),
        Case(
            language: .en, line: "help forms",
            expected: ["forms", "propose form ID", "from next year"]),
        Case(
            language: .nl, line: "help /muur", expected: ["/muur", "Nooit geheime plannen."]),
        Case(language: .en, line: "help /wall", expected: ["/wall", "Never secret plans."]),
    ]

    @Test("each new view answers in its language", arguments: cases)
    func view(_ testCase: Case) throws {
        let session = try Fixtures.session(language: testCase.language)
        _ = session.handle("")
        let shown = session.handle(testCase.line).map { $0.trimmingCharacters() }.joined(
            separator: " ")
        #expect(!shown.contains("unknown-command"))
        for text in testCase.expected {
            #expect(shown.contains(text), "missing '\(text)' in:\n\(shown)")
        }
    }

    @Test("a coupling's state follows the game: made, missed, agreed, no longer possible")
    func couplingStates() throws {
        let session = try Fixtures.session()
        var game = session.game
        let coupling = 0
        let context = { (game: Game) in
            ViewContext(game: game, viewer: nil, text: Messages(.nl), style: Style(color: false))
        }
        #expect(CouplingsView.state(context(game), coupling) == .open)
        game.state.couplingAgreed[coupling] = true
        #expect(CouplingsView.state(context(game), coupling) == .agreed)
        game.state.couplingAgreed[coupling] = false
        let first = game.spec.couplings[coupling].projects[0]
        game.state.projects[first].phase = .running
        #expect(CouplingsView.state(context(game), coupling) == .impossible)
        game.state.couplingMissed[coupling] = true
        #expect(CouplingsView.state(context(game), coupling) == .missed)
        game.state.couplingMade[coupling] = true
        #expect(CouplingsView.state(context(game), coupling) == .made)
    }

    @Test("projects show what a project costs now, as the rules charge it at the start")
    func projectCostNow() throws {
        var game = try Fixtures.session().game
        let project = try #require(game.spec.projects.firstIndex { $0.id == "plein_noord" })
        game.state.projects[project].fundMoney = 10
        let context = ViewContext(
            game: game, viewer: nil, text: Messages(.nl), style: Style(color: false))
        let line = try #require(
            ProjectsView.render(context, district: nil).first { $0.contains("plein_noord ") })
        let cost = game.startCost(of: project, for: nil)
        #expect(cost == game.spec.projects[project].cost - 10)
        #expect(line.contains(" \(Format.number(cost)) "), "\(line)")
    }

    @Test("a decimal amount is refused with the unit explained, in Dutch and English")
    func decimalAmount() throws {
        let expected: [Language: String] = [
            .nl:
                "[whole-amount]: '2.5': bedragen zijn hele getallen, in de eenheid van het spel. Bedoel je 2 of 3?",
            .en:
                "[whole-amount]: '2,5': amounts are whole numbers, in the game's unit. Did you mean 2 or 3?",
        ]
        for language in Language.allCases {
            let session = try Fixtures.session(language: language)
            _ = session.handle("")
            let line = language == .nl ? "geef sociaal 2.5" : "transfer sociaal 2,5"
            let shown = session.handle(line).joined(separator: "\n")
            #expect(shown.contains(expected[language] ?? "?"), "\(shown)")
        }
        let session = try Fixtures.session()
        _ = session.handle("")
        #expect(session.handle("geef sociaal twee").joined().contains("[not-a-number]"))
    }
}
