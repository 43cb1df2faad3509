import GameRules
import Testing

/// Couplings of more than two projects, and a project in several couplings.
@Suite("Couplings of several projects")
struct MultiCouplingTests {
    static func game(_ couplings: String) -> String {
        """
        title = "Eén sleuf"
        first_year = 2026
        rounds = 2

        \(PlayedGame.roles(["beheer", "netbeheer"]))

        [districts.noord]
        slots = 3

        [projects.riool]
        owner = "beheer"
        kind = "beheer"
        district = "noord"
        cost = 40
        digs = true

        [projects.mantelbuis]
        owner = "netbeheer"
        kind = "transitie"
        district = "noord"
        cost = 10
        digs = true

        [projects.warmtenet]
        owner = "netbeheer"
        kind = "transitie"
        district = "noord"
        cost = 30
        digs = true

        \(couplings)
        """
    }

    /// Plans all three projects for 2026, beheer proposes `couplings` couplings, netbeheer
    /// accepts them all, and the year is played out.
    static func play(_ source: String, couplings: Int) throws -> Game {
        var played = try PlayedGame(source)
        played.must(.plan(role: 0, project: 0, round: 0))
        played.must(.ready(role: 0))
        played.must(.plan(role: 1, project: 1, round: 0))
        played.must(.plan(role: 1, project: 2, round: 0))
        played.must(.ready(role: 1))
        for coupling in 0..<couplings {
            played.must(.propose(role: 0, proposal: .coupling(coupling)))
        }
        played.must(.ready(role: 0))
        for number in 1...couplings {
            played.must(.respond(role: 1, proposal: number, accept: true))
        }
        played.finishRound()
        return played.game
    }

    @Test func aThreeWayTrenchIsOneCoupling() throws {
        let game = try Self.play(
            Self.game(
                """
                [[couplings]]
                projects = ["riool", "mantelbuis", "warmtenet"]
                saving = 16
                """), couplings: 1)
        #expect(game.spec.couplings[0].id == "riool_mantelbuis_warmtenet")
        #expect(game.state.couplingMade == [true])
        #expect(game.openings(0) == 1)
        // (40 + 10 + 30 - 16) = 64 split 40:40, then 10% of each cost back for the shared trench.
        #expect(game.state.budgets == [72, 72])
    }

    @Test func aProjectInTwoCouplingsGetsBoth() throws {
        let game = try Self.play(
            Self.game(
                """
                [[couplings]]
                projects = ["riool", "mantelbuis"]
                saving = 10

                [[couplings]]
                projects = ["riool", "warmtenet"]
                saving = 6
                """), couplings: 2)
        #expect(game.state.couplingMade == [true, true])
        #expect(game.state.couplingMissed == [false, false])
        #expect(game.openings(0) == 1, "all three in one trench")
        // riool_mantelbuis: 40 + 10 - 10 = 40, split 32:8; riool_warmtenet: riool is paid,
        // so 30 - 6 = 24 for warmtenet; then 10% of each cost back for the shared trench.
        #expect(game.state.budgets == [72, 72])
    }

    @Test func aCouplingsKeyPerOwnerPutsAnOwnersShareOnItsFirstProject() throws {
        let played = try PlayedGame(
            Self.game(
                """
                [[couplings]]
                projects = ["mantelbuis", "riool", "warmtenet"]
                sharing = { beheer = 0.25, netbeheer = 0.75 }
                """))
        #expect(played.game.spec.couplings[0].sharing == .fixed([0.75, 0.25, 0]))
    }

    @Test(arguments: [false, true])
    func aCouplingProposalNeedsAllPlansInOneRoundAndTrustWithEveryOwner(apart: Bool) throws {
        var played = try PlayedGame(
            Self.game(
                """
                [[couplings]]
                projects = ["riool", "mantelbuis", "warmtenet"]
                """))
        played.must(.plan(role: 0, project: 0, round: 0))
        played.must(.ready(role: 0))
        played.must(.plan(role: 1, project: 1, round: 0))
        played.must(.plan(role: 1, project: 2, round: apart ? 1 : 0))
        played.must(.ready(role: 1))
        played.must(.facilitator(.adjustTrust(from: 1, to: 0, by: apart ? 0 : -30)))
        #expect(
            played.refusal(.propose(role: 0, proposal: .coupling(0)))
                == (apart ? .notPlanned : .trustTooLow))
    }
}
