import GameDefinition
import GameRules
import Testing

@testable import TextInterface

/// The default game's earmarked sewer money at one keyboard: what Stadsbeheer sees of it,
/// the transfer it refuses, and the year summary that says what lapsed.
@Suite("Earmarked money, at the table")
struct EarmarkSessionTests {
    @Test func aScriptedYearInWhichTheEarmarkLapses() throws {
        let session = try Fixtures.hotSeatSession()
        let spec = session.game.spec
        let beheer = try #require(spec.roles.firstIndex { $0.id == "beheer" })
        #expect(session.game.activeRole == beheer)
        #expect(spec.roles[beheer].earmark == EarmarkSpec(kind: .beheer, amount: 5, lastRound: 5))

        let status = session.handle("status").joined(separator: " ")
            .split(separator: " ").joined(separator: " ")
        #expect(status.contains("Geoormerkt voor beheer: 5 van je budget"), "\(status)")
        #expect(status.contains("vervalt aan het eind van 2026"))
        let budget = Int(session.game.state.budgets[beheer])
        let refused = session.handle("geef sociaal \(budget)").joined(separator: " ")
        #expect(refused.contains("[earmarked-money]"), "\(refused)")
        #expect(refused.contains("geoormerkt"))

        var told: [String] = []
        for _ in 0..<40 where session.game.state.round == 0 {
            told += session.handle("klaar")
            told += session.handle("")
        }
        let text = told.joined(separator: " ").split(separator: " ").joined(separator: " ")
        #expect(session.game.state.round == 1)
        #expect(text.contains("Vervallen geoormerkt geld: Stadsbeheer 5."), "\(text)")
        #expect(session.game.earmarked(beheer) == 5, "2027 earmarks 5 again")
    }

    @Test(arguments: [
        (Language.nl, "Geoormerkt voor beheer: 5 van je budget"),
        (.en, "Earmarked for beheer: 5 of your budget"),
    ])
    func theOwnStatusShowsTheEarmark(_ language: Language, _ line: String) throws {
        let session = try Fixtures.hotSeatSession("wijken-van-de-toekomst.toml", language)
        let status = session.handle("status").joined(separator: " ")
            .split(separator: " ").joined(separator: " ")
        #expect(status.contains(line), "\(status)")
        _ = session.handle(language == .nl ? "klaar" : "ready")
        _ = session.handle("")
        let other = session.handle("status").joined(separator: " ")
        #expect(!other.contains(language == .nl ? "Geoormerkt" : "Earmarked"), "\(other)")
    }
}
