import GameRules
import Testing

@testable import TextInterface

/// Mistyped and impossible input: each gets its message with a stable id, and nothing changes.
@Suite("Bad input")
struct BadInputTests {
    /// One bad line and the id its message must name.
    struct Case: CustomStringConvertible, Sendable {
        let line: String
        let id: String
        var description: String { "\(line) → \(id)" }
    }

    /// The table: in the first planning phase, Stadsbeheer (beheer) at the keyboard.
    static let cases: [Case] = [
        Case(line: "plna riool_noord", id: "unknown-command"),
        Case(line: "xyzzy", id: "unknown-command"),
        Case(line: "p", id: "ambiguous-command"),
        Case(line: "plan", id: "missing-argument"),
        Case(line: "plan riool_noord 2027 extra", id: "too-many-arguments"),
        Case(line: "plan riool_nord", id: "unknown-project"),
        Case(line: "plan zwembad", id: "unknown-project"),
        Case(line: "plan riool", id: "ambiguous"),
        Case(line: "plan riool_noord twintig", id: "not-a-year"),
        Case(line: "plan riool_noord 1999", id: "round-in-past"),
        Case(line: "plan warmtenet_noord", id: "not-owner"),
        Case(line: "plan riool_zuid", id: "too-early"),
        Case(line: "plan riool_noord 2040", id: "too-late"),
        Case(line: "plan riool_noord +9", id: "too-late"),
        Case(line: "stort wijkfonds 1000", id: "over-budget"),
        Case(line: "stort wijkfonds 0", id: "invalid-amount"),
        Case(line: "stort wijkfonds -5", id: "invalid-amount"),
        Case(line: "stort wijkfonds tien", id: "not-a-number"),
        Case(line: "stort geldpot 5", id: "unknown-fund"),
        Case(line: "geef beheer 5", id: "same-role"),
        Case(line: "geef koning 5", id: "unknown-role"),
        Case(line: "geef sociaal 500", id: "over-budget"),
        Case(line: "ja 1", id: "unknown-proposal"),
        Case(line: "nee 7", id: "unknown-proposal"),
        Case(line: "ja een", id: "not-a-number"),
        Case(line: "kies parkeren bewoners", id: "dilemma-closed"),
        Case(line: "kies parkeren zwemmen", id: "unknown-option"),
        Case(line: "kies foo bar", id: "unknown-dilemma"),
        Case(line: "schrap riool_noord", id: "not-planned"),
        Case(line: "beloof riool_noord", id: "not-planned"),
        Case(line: "stel-voor", id: "missing-argument"),
        Case(line: "stel-voor taart x", id: "proposal-kind"),
        Case(line: "stel-voor vorm cooperatie", id: "already-in-form"),
        Case(line: "stel-voor vorm collaboratie", id: "trust-too-low"),
        Case(line: "stel-voor vorm anarchie", id: "unknown-form"),
        Case(line: "stel-voor koppeling riool_noord", id: "not-planned"),
        Case(line: "stel-voor koppeling grap", id: "unknown-coupling"),
        Case(line: "stel-voor samen riool_noord", id: "not-joint"),
        Case(line: "stel-voor fonds wijkfonds riool_noord 5", id: "not-planned"),
        Case(line: "deel riool_noord extra", id: "too-many-arguments"),
        Case(line: "deel zwembad", id: "unknown-project"),
        Case(line: "deel riool_noord", id: "project-sharing-off"),
        Case(line: "kennismaken netbeheer", id: "meeting-off"),
        Case(line: "kennismaken", id: "missing-argument"),
        Case(line: "kennismaken koning", id: "unknown-role"),
        Case(line: "klaar nu", id: "too-many-arguments"),
        Case(line: "wijk oost", id: "unknown-district"),
        Case(line: "help blabla", id: "unknown-command"),
        Case(line: "status nu", id: "too-many-arguments"),
        Case(line: "/budget koning 5", id: "unknown-role"),
        Case(line: "/budget beheer veel", id: "not-a-number"),
        Case(line: "/budget beheer", id: "missing-argument"),
        Case(line: "/gebeurtenis feest", id: "unknown-event"),
        Case(line: "/variabele noord.kwaliteit 5", id: "unknown-variable"),
        Case(line: "/vertrouwen beheer beheer 5", id: "same-role"),
        Case(line: "/xyz", id: "unknown-command"),
        Case(line: "/herstel", id: "nothing-to-undo"),
    ]

    /// A session in the first planning phase with beheer at the keyboard.
    static func planning(_ language: Language = .nl) throws -> Session {
        let session = try Fixtures.session(language: language)
        _ = session.handle("")
        return session
    }

    @Test("each bad line is explained with its id and changes nothing", arguments: cases)
    func badLine(_ item: Case) throws {
        let session = try Self.planning()
        #expect(session.game.activeRole == 0)
        let state = session.game.state
        let actions = session.record.actions
        let output = session.handle(item.line)
        let joined = output.joined(separator: "\n")
        #expect(joined.contains("[\(item.id)]"), "\(item.line): \(joined)")
        #expect(session.game.state == state)
        #expect(session.record.actions == actions)
    }

    @Test("the same table in English names the same ids", arguments: cases)
    func badLineInEnglish(_ item: Case) throws {
        let session = try Self.planning(.en)
        let output = session.handle(item.line).joined(separator: "\n")
        #expect(output.contains("[\(item.id)]"), "\(item.line): \(output)")
        #expect(!output.contains("reason."), "untranslated: \(output)")
        #expect(!output.contains("input."), "untranslated: \(output)")
    }

    @Test("a rejection reads as a plain sentence with the amounts")
    func overBudgetSentence() throws {
        let session = try Self.planning()
        let line = session.handle("stort wijkfonds 1000").joined()
        #expect(line == "Dat kan niet [over-budget]: dit kost 1000, je hebt 100.")
    }

    @Test("a typo gets a suggestion")
    func suggestion() throws {
        let session = try Self.planning()
        #expect(session.handle("plna riool_noord").joined().contains("Bedoel je 'plan'?"))
        #expect(session.handle("plan riool_nord").joined().contains("Bedoel je 'riool_noord'?"))
    }

    @Test("while paused, roles cannot act")
    func paused() throws {
        let session = try Self.planning()
        _ = session.handle("/pauze")
        #expect(session.prompt.contains("gepauzeerd"))
        let state = session.game.state
        #expect(session.handle("klaar").joined().contains("[paused]"))
        #expect(session.game.state == state)
        _ = session.handle("/hervat")
        #expect(!session.game.state.paused)
    }

    @Test(
        "no line crashes the session",
        arguments: [
            "", " ", "\u{0}", "\u{1B}[2J", "plan \u{7F}", String(repeating: "x", count: 10_000),
            "ja -99999999999999999999",
            "stort wijkfonds 99999999999999999999", "/budget beheer 1e308", "/budget beheer nan",
            "kies parkeren 0",
            "kies parkeren 99", "plan riool_noord -5", "plan riool_noord +999999999999", "🙂", "/",
            "//", "# comment",
            "help /", "help /xyz", "plannen riool_noord 2026", "geef",
            "/laad /nonexistent/file.jsonl", "/bewaar /proc/x/y",
        ])
    func noCrash(_ line: String) throws {
        let session = try Self.planning()
        _ = session.handle(line)
        _ = session.prompt
    }
}
