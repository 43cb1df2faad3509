import GameRules
import Testing

/// A cost-sharing key per role (*verdeelsleutel*) for a fund's fair shares and a joint project.
@Suite("Cost-sharing keys per role")
struct CostKeyTests {
    static let game = """
        title = "Sleutels"
        first_year = 2026
        rounds = 2

        \(PlayedGame.roles(["beheer", "netbeheer", "sociaal"]))
        [districts.noord]
        slots = 1

        [funds.wijkfonds]
        members = ["beheer", "netbeheer", "sociaal"]
        fair_share = 10
        key = { beheer = 0.5, netbeheer = 0.3, sociaal = 0.2 }

        [funds.potje]
        members = ["beheer", "sociaal"]
        fair_share = 4

        [projects.plein]
        owner = "sociaal"
        partners = ["beheer"]
        sharing = { beheer = 0.75, sociaal = 0.25 }
        kind = "wijk"
        district = "noord"
        cost = 40
        """

    @Test func aFundsKeySplitsWhatTheMembersPayTogether() throws {
        let spec = try PlayedGame(Self.game).game.spec
        let keyed = spec.funds[0]
        #expect(keyed.key == [0.5, 0.3, 0.2])
        #expect([0, 1, 2].map(keyed.fairShare(of:)) == [15, 9, 6], "30 a round together")
        let equal = spec.funds[1]
        #expect(equal.key == nil)
        #expect([0, 1, 2].map(equal.fairShare(of:)) == [4, 0, 4], "no share for a non-member")
    }

    @Test func aProjectsKeyPerRoleBecomesSharesInPayerOrder() throws {
        var played = try PlayedGame(Self.game)
        #expect(played.game.spec.projects[0].sharing == .fixed([0.25, 0.75]), "owner first")
        played.must(.plan(role: 2, project: 0, round: 0))
        played.must(.ready(role: 2))
        played.must(.ready(role: 0))
        played.must(.ready(role: 1))
        #expect(played.game.phase.kind == .table)
        played.must(.ready(role: 0))
        played.must(.ready(role: 1))
        played.must(.propose(role: 2, proposal: .jointProject(0)))
        played.must(.ready(role: 2))
        played.must(.respond(role: 0, proposal: 1, accept: true))
        played.finishRound()
        #expect(played.game.state.budgets == [70, 100, 90])
    }
}
