import GameRules
import Testing

@testable import TextInterface

/// The default game at one keyboard, four people at the table, using all five instruments of
/// the seeds in the first years: they get to know each other and show one plan (5), sign the
/// intentieverklaring (1), hire the process coordinator (2), start the joint programme and
/// hold a coupling in it (4), and live with their budget cycles: Stadsbeheer's earmarked
/// money goes to its sewer, and a plan two years ahead is fixed and can no longer move (3).
@Suite("All five instruments in one game")
struct AllInstrumentsSessionTests {
    /// The role with `id` in the default game.
    static func role(_ id: String, _ spec: GameSpec) throws -> Int {
        try #require(spec.roles.firstIndex { $0.id == id })
    }

    @Test func aScriptedGameUsesAllFiveInstruments() throws {
        let session = try Fixtures.hotSeatSession()
        let spec = session.game.spec
        let beheer = try Self.role("beheer", spec)
        let netbeheer = try Self.role("netbeheer", spec)
        let sewer = try #require(spec.projects.firstIndex { $0.id == "riool_noord" })
        let centre = try #require(spec.projects.firstIndex { $0.id == "riool_centrum" })
        let roads = try #require(spec.projects.firstIndex { $0.id == "wegen_zuid" })
        let coupling = try #require(
            spec.couplings.firstIndex { $0.id == "riool_en_warmte_centrum" })
        let earmark = try #require(spec.roles[beheer].earmark).amount(in: 0)
        let trustBefore = session.game.state.trust(beheer, netbeheer)

        // 2026: every instrument that the table proposes, and the plans that use the others.
        let first = ProgrammeSessionTests.flat(
            ProgrammeSessionTests.playYear(session) { role in
                guard role == beheer else { return [] }
                switch session.game.phase.kind {
                case .planning:
                    return [
                        "plan riool_noord 2026", "plan wegen_zuid 2028", "plan riool_centrum 2029",
                    ]
                case .table:
                    return [
                        "kennismaken netbeheer", "kennismaken sociaal", "kennismaken ontwikkeling",
                        "deel riool_centrum",
                        "stel-voor afspraak intentieverklaring", "stel-voor coordinator",
                        "stel-voor programma",
                    ]
                default: return []
                }
            })
        let state = session.game.state
        // 5. Building trust: a meeting, and one plan shown.
        #expect(state.trust(beheer, netbeheer) > trustBefore, "\(first)")
        #expect(state.revealedGoals.contains { $0.to == beheer }, "the meeting revealed a goal")
        #expect(state.projects[centre].shared && !state.shared[beheer], "one plan shown, not all")
        // 1. The intentieverklaring, signed by all.
        #expect(state.agreementsSigned.contains(true), "\(first)")
        // 2. The process coordinator at work.
        #expect(state.coordinatorRound != nil, "\(first)")
        // 4. The joint programme, started.
        #expect(session.game.hasProgramme, "\(first)")
        #expect(first.contains("De tafel start Uitvoeringsprogramma Zuiderhaven"))
        // 3. Budget cycles: the sewer was paid from the earmark first, so less of it lapsed,
        // and the plan for 2028 was fixed at this year's review (the one for 2029 not yet).
        #expect(state.projects[sewer].phase != .idle)
        #expect((state.lapsed?[beheer] ?? earmark) < earmark, "the earmark paid the sewer")
        #expect(state.projects[roads].fixedSince == 0)
        #expect(state.projects[centre].fixedSince == nil)
        #expect(first.contains("Vastgesteld dit jaar"), "the year summary names it")

        // 2027: the fixed plan cannot move; the coupling is held in the programme for 2029,
        // the year both its works can start.
        let second = ProgrammeSessionTests.flat(
            ProgrammeSessionTests.playYear(session) { role in
                guard role == beheer, session.game.phase.kind == .table else { return [] }
                let moved = ProgrammeSessionTests.flat(session.handle("schrap wegen_zuid"))
                #expect(moved.contains("[plan-fixed]"), "\(moved)")
                return ["stel-voor programma riool_en_warmte_centrum 2029"]
            })
        #expect(
            session.game.programmeCommitments.contains { $0.coupling == coupling && $0.round == 3 },
            "\(second)")
        #expect(session.game.state.projects[roads].plannedRound == 2, "the fixed plan stayed")
        #expect(session.game.state.projects[centre].fixedSince == 1, "fixed at the 2027 review")

        // The debrief asks about every instrument, used or not.
        let questions = InstrumentDebrief.questions(
            session.game, actions: session.record.actions, text: Messages(.nl))
        let asked = questions.map(\.text).joined(separator: "\n")
        #expect(asked.contains("Jullie tekenden Intentieverklaring"), "\(asked)")
        #expect(asked.contains("Er werkte een onafhankelijke procescoördinator"))
        #expect(asked.contains("Met Uitvoeringsprogramma Zuiderhaven"))
        #expect(asked.contains("Jullie maakten 3 keer kennis"))
        #expect(asked.contains("plannen lagen vast voordat ze begonnen"))
    }
}
