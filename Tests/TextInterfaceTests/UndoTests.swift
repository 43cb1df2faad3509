import GameRules
import Testing

@testable import TextInterface

/// `/herstel`: asks first, replays the record without the last action, and skips bot moves.
@Suite("Undo")
struct UndoTests {
    @Test("undo asks, then takes back the last action")
    func undo() throws {
        let session = try BadInputTests.planning()
        let before = session.game.state
        _ = session.handle("plan riool_noord 2027")
        #expect(session.handle("/herstel").joined().contains("(j/n)"))
        #expect(session.prompt == "(j/n) >")
        #expect(session.handle("misschien") == ["Antwoord met j of n."])
        _ = session.handle("j")
        #expect(session.game.state == before)
        #expect(session.record.actions.isEmpty)
    }

    @Test("no keeps everything")
    func no() throws {
        let session = try BadInputTests.planning()
        _ = session.handle("plan riool_noord 2027")
        let state = session.game.state
        _ = session.handle("/herstel")
        _ = session.handle("n")
        #expect(session.game.state == state)
        #expect(session.record.actions.count == 1)
    }

    @Test("undo takes back the bot moves after the last human action too")
    func bots() throws {
        let session = Session(setup: try Fixtures.setup(bots: [1: .cooperative]))
        _ = session.start()
        _ = session.handle("")
        _ = session.handle("plan riool_noord 2027")
        let afterPlan = session.game.state
        _ = session.handle("klaar")
        #expect(session.record.actions.count > 2)
        _ = session.handle("/herstel")
        _ = session.handle("j")
        #expect(session.game.state == afterPlan)
        #expect(session.record.actions.count == 1)
    }

    @Test("facilitator interventions are recorded and can be undone")
    func facilitator() throws {
        let session = try BadInputTests.planning()
        _ = session.handle("/budget sociaal +10")
        _ = session.handle("/vertrouwen beheer netbeheer -5")
        _ = session.handle("/variabele draagvlak -3")
        _ = session.handle("/gebeurtenis subsidie")
        #expect(session.record.actions.count == 4)
        #expect(session.game.state.budgets[3] == 40)
        _ = session.handle("/herstel")
        _ = session.handle("j")
        #expect(session.record.actions.count == 3)
    }
}
