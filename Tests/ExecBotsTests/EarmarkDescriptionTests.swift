import Foundation
import GameRules
import Testing

@testable import ExecBots

/// A bot outside the engine reads a role's earmark in the game's description, and a role
/// without one looks as it always did.
@Suite("Earmarks in the bots' game description")
struct EarmarkDescriptionTests {
    @Test func theEarmarkIsDescribedOnlyWhereThereIsOne() throws {
        var beheer = RoleSpec(id: "beheer", name: "Beheer", budget: 10, income: 4)
        beheer.earmark = EarmarkSpec(kind: .beheer, amount: 3, lastRound: 2)
        let spec = GameSpec(
            title: "Oormerk", rounds: 4,
            roles: [beheer, RoleSpec(id: "net", name: "Net", budget: 8)])
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let json = try #require(
            String(data: try encoder.encode(GameDescription(spec)), encoding: .utf8))
        #expect(
            json.contains(
                #"{"budget":10,"earmark":3,"earmarkKind":"beheer","earmarkUntil":2,"id":"beheer","income":4,"name":"Beheer"}"#
            ), "\(json)")
        #expect(json.contains(#"{"budget":8,"id":"net","income":0,"name":"Net"}"#))
    }
}
