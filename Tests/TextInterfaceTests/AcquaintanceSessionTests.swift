import GameDefinition
import GameRules
import Testing

@testable import TextInterface

/// The default game played at one keyboard with the new instruments: meeting another role,
/// sharing one plan, changing it after, and what each role (and the wall) gets to see.
@Suite("Building trust on purpose, at the table")
struct AcquaintanceSessionTests {
    /// A started hot-seat session on the default game, in the first planning phase.
    static func session(_ language: Language = .nl) throws -> Session {
        try Fixtures.hotSeatSession("wijken-van-de-toekomst.toml", language)
    }

    @Test func aScriptedYearWithAMeetingAndASharedPlan() throws {
        let session = try Self.session()
        let spec = session.game.spec
        let beheer = try #require(spec.roles.firstIndex { $0.id == "beheer" })
        let netbeheer = try #require(spec.roles.firstIndex { $0.id == "netbeheer" })
        #expect(session.game.activeRole == beheer)
        let goal = spec.roles[netbeheer].goals[0].text

        let met = session.handle("kennismaken netbeheer").joined(separator: " ")
            .split(separator: " ").joined(separator: " ")
        #expect(met.contains("Je hoort wat Netbeheerder wil"), "\(met)")
        #expect(met.contains(goal))
        #expect(session.game.state.trust(beheer, netbeheer) == 53)
        #expect(session.handle("kennismaken netbeheer").joined().contains("[already-met]"))
        #expect(
            session.handle("status").joined(separator: " ").contains("Wat je weet van Netbeheerder")
        )

        _ = session.handle("plan riool_noord 2027")
        let shared = session.handle("deel riool_noord").joined(separator: " ")
        #expect(shared.contains("deelt het plan voor riool_noord (2027)"), "\(shared)")
        #expect(session.handle("deel riool_noord").joined().contains("[project-shared]"))
        let moved = session.handle("plan riool_noord 2028").joined(separator: " ")
        #expect(moved.contains("verandert het gedeelde plan voor riool_noord"), "\(moved)")
        #expect(session.game.state.trust(netbeheer, beheer) == 54 - 2)

        _ = session.handle("klaar")
        #expect(session.game.activeRole != beheer)
        let status = session.handle("status").joined(separator: " ")
        #expect(!status.contains("Wat je weet van"), "another role learns nothing: \(status)")
        let wall = session.handle("/muur").joined(separator: " ")
        #expect(!wall.contains(goal), "the wall never shows a revealed goal")
    }

    @Test(arguments: [Language.nl, .en])
    func helpNamesTheNewCommands(_ language: Language) throws {
        let session = try Self.session(language)
        let help = session.handle("help").joined(separator: " ")
        #expect(help.contains(language == .nl ? "kennismaken" : "meet"), "\(help)")
        let explained = session.handle(language == .nl ? "help deel" : "help share")
            .joined(separator: " ")
        #expect(explained.contains(language == .nl ? "deel riool_noord" : "share riool_noord"))
    }
}
