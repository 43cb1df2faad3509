import GameDefinition
import GameRules
import Testing

@testable import TextInterface

/// The default game's fixed plans at one keyboard: when Stadsbeheer's sewer plan is fixed,
/// the move it refuses, what the others see, and the surcharge a late coupling shows.
@Suite("Fixed plans, at the table")
struct PlanFixingSessionTests {
    /// Text as one line with single spaces.
    static func flat(_ lines: [String]) -> String {
        lines.joined(separator: " ").split(separator: " ").joined(separator: " ")
    }

    /// Says ready (and hands the keyboard on) until `role` may act or the year is over.
    static func pass(_ session: Session, until role: Int, in round: Int, ready: String = "klaar")
        -> [String]
    {
        var told: [String] = []
        for _ in 0..<40 where session.game.activeRole != role && session.game.state.round == round {
            told += session.handle(ready)
            told += session.handle("")
        }
        return told
    }

    /// Says ready until the year `round` begins.
    static func finishYear(_ session: Session, round: Int, ready: String = "klaar") -> [String] {
        var told: [String] = []
        for _ in 0..<60 where session.game.state.round < round || session.yearEnd != nil {
            let next = ready == "klaar" ? "/verder" : "/continue"
            told += session.handle(session.yearEnd != nil ? next : ready)
            told += session.handle("")
        }
        return told
    }

    @Test func aScriptedGameInWhichTheSewerPlanIsFixed() throws {
        let session = try Fixtures.hotSeatSession()
        let spec = session.game.spec
        let beheer = try #require(spec.roles.firstIndex { $0.id == "beheer" })
        let netbeheer = try #require(spec.roles.firstIndex { $0.id == "netbeheer" })
        let riool = try #require(spec.projects.firstIndex { $0.id == "riool_noord" })
        #expect(spec.planFixing == PlanFixingSpec(fixedBefore: 2, lateCouplingSurcharge: 2))
        #expect(session.game.activeRole == beheer)

        _ = session.handle("plan riool_noord 2028")
        #expect(Self.flat(session.handle("plannen")).contains("wordt vastgesteld in 2026"))
        _ = session.handle("plan riool_noord 2029")
        let plans = Self.flat(session.handle("plannen"))
        #expect(plans.contains("wordt vastgesteld in 2027"), "moved before it was fixed: \(plans)")
        _ = session.handle("plan riool_noord 2028")

        let year = Self.flat(Self.finishYear(session, round: 1))
        #expect(
            year.contains(
                "Vastgesteld dit jaar (verplaatsen kan niet meer): riool_noord (Stadsbeheer, 2028)."
            ),
            "\(year)")
        #expect(session.game.isFixed(riool))

        let seen = Self.flat(session.handle("plannen"))
        #expect(session.game.activeRole != beheer)
        #expect(seen.contains("riool_noord") && seen.contains("vastgesteld sinds 2026"), "\(seen)")

        _ = Self.pass(session, until: netbeheer, in: 1)
        _ = session.handle("plan mantelbuis_noord 2028")
        _ = Self.pass(session, until: beheer, in: 1)
        let moved = Self.flat(session.handle("plan riool_noord 2029"))
        #expect(moved.contains("[plan-fixed]"), "\(moved)")
        #expect(
            moved.contains(
                "het plan voor riool_noord is vastgesteld in 2026 (start 2028): verplaatsen of schrappen kan niet meer. Koppelen kan nog, tegen een toeslag van 2."
            ), "\(moved)")
        #expect(Self.flat(session.handle("schrap riool_noord")).contains("[plan-fixed]"))
        let projects = Self.flat(session.handle("projecten noord"))
        #expect(projects.contains("gepland 2028, vastgesteld sinds 2026"), "\(projects)")
        #expect(session.game.lateCouplingSurcharge(0, for: beheer) == 2)
    }

    @Test func theSurchargeStandsInTheProposalBeforeAnyoneAnswers() throws {
        let session = try Fixtures.hotSeatSession()
        let spec = session.game.spec
        let beheer = try #require(spec.roles.firstIndex { $0.id == "beheer" })
        let netbeheer = try #require(spec.roles.firstIndex { $0.id == "netbeheer" })
        let coupling = try #require(spec.couplings.firstIndex { $0.id == "riool_mantelbuis" })
        _ = session.handle("plan riool_noord 2028")
        _ = Self.finishYear(session, round: 1)
        _ = Self.pass(session, until: netbeheer, in: 1)
        _ = session.handle("plan mantelbuis_noord 2028")
        // On to the table, where the plans of both are seen and a coupling can be proposed.
        for _ in 0..<20 where session.game.phase.secret || session.game.activeRole != beheer {
            _ = session.handle("klaar")
            _ = session.handle("")
        }
        #expect(!session.game.phase.secret)
        #expect(session.game.lateCouplingSurcharge(coupling, for: beheer) == 2)
        #expect(session.game.lateCouplingSurcharge(coupling, for: netbeheer) == 0)
        _ = session.handle("stel-voor koppeling riool_mantelbuis")
        let proposals = Self.flat(session.handle("voorstellen"))
        #expect(
            proposals.contains("(toeslag voor vastgestelde plannen: Stadsbeheer 2)"),
            "\(proposals)")
        let budget = session.game.state.budgets[beheer]
        var told = Self.pass(session, until: netbeheer, in: 1)
        told += session.handle("ja 1")
        told += Self.finishYear(session, round: 2)
        let log = Self.flat(told)
        #expect(
            log.contains(
                "Stadsbeheer betaalt 2 toeslag om vastgestelde plannen open te breken voor Riool vervangen en meteen een mantelbuis leggen."
            ), "\(log)")
        #expect(
            session.game.state.couplingAgreed[coupling] || session.game.state.couplingMade[coupling]
        )
        let income = spec.roles[beheer].income
        #expect(session.game.state.budgets[beheer] <= budget - 2 + income + 0.001)
    }

    @Test(arguments: [
        (Language.nl, "het plan voor riool_noord is vastgesteld in 2026 (start 2028)"),
        (.en, "the plan for riool_noord was fixed in 2026 (start 2028)"),
    ])
    func theRefusalSaysWhenThePlanWasFixed(_ language: Language, _ line: String) throws {
        let session = try Fixtures.hotSeatSession("wijken-van-de-toekomst.toml", language)
        let beheer = try #require(session.game.spec.roles.firstIndex { $0.id == "beheer" })
        _ = session.handle("plan riool_noord 2028")
        let ready = language == .nl ? "klaar" : "ready"
        _ = Self.finishYear(session, round: 1, ready: ready)
        _ = Self.pass(session, until: beheer, in: 1, ready: ready)
        let refused = Self.flat(session.handle("plan riool_noord 2029"))
        #expect(refused.contains(line), "\(refused)")
    }
}
