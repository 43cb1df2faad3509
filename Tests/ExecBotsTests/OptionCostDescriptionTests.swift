import Foundation
import GameRules
import Testing

@testable import ExecBots

/// A bot outside the engine reads an option's cost in the game's description, and an option
/// that costs nothing looks as it always did.
@Suite("Option costs in the bots' game description")
struct OptionCostDescriptionTests {
    @Test func theCostAndItsFundAreDescribedOnlyWhereThereIsOne() throws {
        let spec = GameSpec(
            title: "Kosten", rounds: 1,
            roles: [RoleSpec(id: "beheer", name: "Beheer", budget: 10)],
            funds: [FundSpec(id: "fonds", name: "Fonds", members: [0])],
            dilemmas: [
                DilemmaSpec(
                    id: "straat", title: "Straat", text: "Wie betaalt?", choosers: [0],
                    options: [
                        DilemmaOption(id: "zelf", label: "Zelf", cost: 5),
                        DilemmaOption(id: "fonds", label: "Uit het fonds", cost: 3, costFund: 0),
                        DilemmaOption(id: "niet", label: "Niet"),
                    ])
            ])
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let json = try #require(
            String(data: try encoder.encode(GameDescription(spec)), encoding: .utf8))
        #expect(json.contains(#"{"cost":5,"id":"zelf","name":"Zelf"}"#), "\(json)")
        #expect(json.contains(#"{"cost":3,"costFund":0,"id":"fonds","name":"Uit het fonds"}"#))
        #expect(json.contains(#"{"id":"niet","name":"Niet"}"#))
    }
}
