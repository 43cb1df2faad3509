import GameDefinition
import GameRules
import Testing

@testable import TextInterface

/// The status line about earmarked money: the owner's own, everyone's for the facilitator,
/// and none once the earmark's last year is past.
@Suite("Earmarked money in the status")
struct EarmarkStatusTests {
    /// The status lines of `viewer` in a two-role game where beheer has `earmark`.
    static func status(_ earmark: EarmarkSpec, viewer: Int?) throws -> String {
        var spec = try #require(
            GameDefinitionReader.read(source: Fixtures.twoRoles, file: "t.toml").spec)
        spec.roles[0].budget = 10
        spec.roles[0].earmark = earmark
        let game = Game(spec: spec, seed: 1)
        let context = ViewContext(
            game: game, viewer: viewer, text: Messages(.en), style: Style(color: false))
        return StatusView.render(context).joined(separator: "\n")
    }

    @Test func theOwnerAndTheFacilitatorSeeIt() throws {
        let earmark = EarmarkSpec(kind: .beheer, amount: 3)
        let own = try Self.status(earmark, viewer: 0)
        #expect(own.contains("Earmarked for beheer: 3 of your budget"), "\(own)")
        let all = try Self.status(earmark, viewer: nil)
        #expect(all.contains("Earmarked (lapses at the end of the year): beheer 3 (beheer)"))
        #expect(!(try Self.status(earmark, viewer: 1)).contains("Earmarked"))
    }

    @Test func noLineOnceTheEarmarkIsOver() throws {
        let over = EarmarkSpec(kind: .beheer, amount: 3, lastRound: -1)
        #expect(!(try Self.status(over, viewer: 0)).contains("Earmarked"))
    }
}
