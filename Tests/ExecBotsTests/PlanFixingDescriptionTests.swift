import Foundation
import GameRules
import Testing

@testable import ExecBots

/// A bot outside the engine reads when plans become fixed in the game's description; a game
/// without `[plans]` is described as it always was.
@Suite("Fixed plans in the bots' game description")
struct PlanFixingDescriptionTests {
    static func json(_ spec: GameSpec) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return try #require(
            String(data: try encoder.encode(GameDescription(spec)), encoding: .utf8))
    }

    @Test func theRuleIsDescribedOnlyWhereThereIsOne() throws {
        var spec = GameSpec(
            title: "Vastgesteld", rounds: 4, roles: [RoleSpec(id: "a", name: "A", budget: 1)])
        let without = try Self.json(spec)
        #expect(!without.contains("fixedBefore") && !without.contains("lateCouplingSurcharge"))
        spec.planFixing = PlanFixingSpec(fixedBefore: 2, lateCouplingSurcharge: 1.5)
        let with = try Self.json(spec)
        #expect(with.contains(#""fixedBefore":2"#), "\(with)")
        #expect(with.contains(#""lateCouplingSurcharge":1.5"#))
    }
}
