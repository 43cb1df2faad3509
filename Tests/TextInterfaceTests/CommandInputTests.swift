import GameRules
import Testing

@testable import TextInterface

/// Short and forgiving input: prefixes, case, names for ids, both languages.
@Suite("Command input")
struct CommandInputTests {
    @Test("prefixes and case work for commands and ids")
    func prefixes() throws {
        let session = try BadInputTests.planning()
        _ = session.handle("PLAN RIOOL_N 2027")
        #expect(session.game.state.projects[0].plannedRound == 1)
        _ = session.handle("schr riool_n")
        #expect(session.game.state.projects[0].phase == .idle)
        _ = session.handle("plannen riool_noord 2028")
        #expect(session.game.state.projects[0].plannedRound == 2)
        _ = session.handle("plan riool_noord +1")
        #expect(session.game.state.projects[0].plannedRound == 1)
        _ = session.handle("stor wijk 5")
        #expect(session.game.state.funds[0] == 15)
        _ = session.handle("geef soc 5")
        #expect(session.game.state.budgets[3] == 35)
    }

    @Test("English commands work in a Dutch game and the other way round")
    func bothLanguages() throws {
        let session = try BadInputTests.planning()
        _ = session.handle("contribute wijkfonds 5")
        #expect(session.game.state.funds[0] == 15)
        let english = try BadInputTests.planning(.en)
        _ = english.handle("stort wijkfonds 5")
        #expect(english.game.state.funds[0] == 15)
    }

    @Test(
        "views answer to prefixes in both languages",
        arguments: [
            ("stat", "Status"), ("vert", "Vertrouwen"), ("trust", "Vertrouwen"),
            ("fonds", "Fondsen"), ("tijd", "Tijdlijn"),
            ("timeline", "Tijdlijn"), ("scor", "Scores"), ("projecten", "Projecten"),
            ("voorstellen", "Voorstellen"),
            ("dilemma", "Dilemma's"), ("brief", "Stadsbeheer"), ("wijk noord", "De Bron-Noord"),
            ("district z", "De Bron-Zuid"),
            ("plans", "Plannen"), ("help", "Wat je nu kunt doen"),
            ("help plan", "plan PROJECT [JAAR]"),
            ("help /herstel", "/herstel"), ("/help", "Facilitator"), ("/toon", "Status"),
        ])
    func views(_ line: String, _ expected: String) throws {
        let session = try BadInputTests.planning()
        let output = session.handle(line).joined(separator: "\n")
        #expect(output.contains(expected), "\(line): \(output)")
    }

    @Test("views fit in 80 columns")
    func width() throws {
        let session = try BadInputTests.planning()
        for line in [
            "status", "wijk", "vertrouwen", "fondsen", "plannen", "tijdlijn", "scores", "projecten",
            "help", "/toon", "briefing", "/help", "koppelingen", "vormen", "/muur", "/gebeurtenis",
        ] {
            for output in session.handle(line) {
                #expect(output.count <= 80, "\(line): \(output)")
            }
        }
    }

    @Test("the prompt shows year, phase and whose turn")
    func prompt() throws {
        let session = try Fixtures.session()
        #expect(session.prompt == "[2026 · plannen · Stadsbeheer] druk op Enter >")
        _ = session.handle("")
        #expect(session.prompt == "[2026 · plannen · Stadsbeheer] >")
        _ = session.handle("klaar")
        #expect(session.prompt == "[2026 · plannen · Netbeheerder] druk op Enter >")
    }

    @Test("a secret turn starts with a cleared screen and ends with one")
    func secrecy() throws {
        let session = try Fixtures.session()
        let handoff = session.handle("")
        #expect(handoff.first == Session.clearScreen)
        _ = session.handle("plan riool_noord 2027")
        let ready = session.handle("klaar")
        #expect(ready.first == Session.clearScreen)
        #expect(!ready.joined().contains("riool_noord"))
    }

    @Test("bots play their roles and show only what the table may see")
    func bots() throws {
        let session = Session(
            setup: try Fixtures.setup(bots: [1: .cooperative, 2: .sectoral, 3: .random]))
        let start = session.start().joined(separator: "\n")
        #expect(start.contains("Bots"))
        var output = session.handle("")
        output += session.handle("klaar")
        #expect(
            session.game.state.round == 0 || session.game.isOver
                || session.game.phase.kind == .table)
        let text = output.joined(separator: "\n")
        #expect(!text.contains("plant"), "secret bot plans leaked: \(text)")
        var guardCount = 0
        while !session.game.isOver && guardCount < 500 {
            let line =
                session.yearEnd != nil ? "/verder" : session.awaitingHandoff != nil ? "" : "klaar"
            _ = session.handle(line)
            guardCount += 1
        }
        #expect(session.game.isOver)
    }

    @Test("stop ends the session")
    func stop() throws {
        let session = try BadInputTests.planning()
        #expect(session.handle("stop") == ["Gestopt."])
        #expect(session.isFinished)
        #expect(session.handle("status").isEmpty)
    }
}
