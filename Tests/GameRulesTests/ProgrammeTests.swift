import Foundation
import GameRules
import Testing

/// The joint programme (the tactical frame): starting it, holding couplings in it, the
/// early saving, letting a commitment drop, and its cost every round.
@Suite("The joint programme")
struct ProgrammeTests {
    /// Where a proposal is tried.
    enum Setup: String, Sendable, CaseIterable {
        case fresh, lowTrust, started, held, noProgramme
    }

    /// One proposal in one situation, and the rejection it must get (nil: allowed).
    struct Case: Sendable, CustomTestStringConvertible {
        let setup: Setup
        let proposal: ProposalKind
        let reason: Rejection.Reason?
        var testDescription: String { "\(proposal) when \(setup.rawValue)" }
    }

    static let cases: [Case] = [
        Case(setup: .fresh, proposal: .programme, reason: nil),
        Case(setup: .lowTrust, proposal: .programme, reason: .trustTooLow),
        Case(setup: .started, proposal: .programme, reason: .programmeStarted),
        Case(setup: .noProgramme, proposal: .programme, reason: .noProgramme),
        Case(
            setup: .noProgramme, proposal: .programmeCoupling(coupling: 0, round: 2),
            reason: .noProgramme),
        Case(
            setup: .fresh, proposal: .programmeCoupling(coupling: 0, round: 2),
            reason: .programmeNotStarted),
        Case(setup: .started, proposal: .programmeCoupling(coupling: 0, round: 4), reason: nil),
        Case(
            setup: .started, proposal: .programmeCoupling(coupling: 0, round: 5),
            reason: .beyondProgramme),
        Case(
            setup: .started, proposal: .programmeCoupling(coupling: 0, round: 0),
            reason: .roundInPast),
        Case(
            setup: .started, proposal: .programmeCoupling(coupling: 1, round: 2),
            reason: .notConcerned),
        Case(
            setup: .started, proposal: .programmeCoupling(coupling: 9, round: 2),
            reason: .unknownCoupling),
        Case(
            setup: .started, proposal: .programmeCoupling(coupling: 2, round: 3),
            reason: .tooLate),
        Case(
            setup: .held, proposal: .programmeCoupling(coupling: 0, round: 4),
            reason: .alreadyProgrammed),
        Case(setup: .held, proposal: .programmeCoupling(coupling: 0, round: 3), reason: nil),
    ]

    /// A game at its table phase in the situation `setup`: `started` in round 1, `held` in
    /// round 2 with `riool_kabel` held for round 4.
    static func game(_ setup: Setup) -> Game {
        var game: Game
        switch setup {
        case .fresh: game = ProgrammeGame.start()
        case .noProgramme: game = InstrumentGame.start()
        case .lowTrust:
            game = ProgrammeGame.start()
            InstrumentGame.lowerTrust(&game, by: 20)
        case .started:
            game = ProgrammeGame.start()
            InstrumentGame.agree(&game, .programme)
        case .held:
            game = ProgrammeGame.start()
            InstrumentGame.agree(&game, .programme)
            ProgrammeGame.agree(&game, .programmeCoupling(coupling: 0, round: 4), by: 0)
        }
        ProgrammeGame.turn(&game, to: 0)
        return game
    }

    @Test(arguments: cases)
    func aProposalIsAllowedOrRefusedWithItsReason(_ item: Case) {
        var game = Self.game(item.setup)
        guard let role = game.activeRole else {
            Issue.record("no role at the table")
            return
        }
        #expect(role == 0, "beheer's turn at the table")
        let action = Action.propose(role: role, proposal: item.proposal)
        let legal = game.legalActions(for: role).contains(action)
        #expect(legal == (item.reason == nil), "legal actions agree with the check")
        if let reason = item.reason {
            game.refuses(action, reason)
        } else {
            game.must(action)
            let concerned = game.state.proposals.last?.concerned ?? []
            #expect(concerned == (item.proposal == .programme ? [1, 2] : [1]))
        }
    }

    @Test func startingItNeedsEveryoneAndItCostsEveryRoundFromItsFundFirst() {
        var refused = ProgrammeGame.start()
        refused.everyoneReady()
        refused.must(.propose(role: 0, proposal: .programme))
        refused.must(.ready(role: 0))
        refused.must(.respond(role: 1, proposal: 1, accept: true))
        refused.must(.ready(role: 1))
        refused.must(.respond(role: 2, proposal: 1, accept: false))
        while refused.state.round == 0 { refused.everyoneReady() }
        #expect(!refused.hasProgramme, "one refusal is enough")

        var game = ProgrammeGame.start()
        game.must(.contribute(role: 0, fund: 0, amount: 1))
        let before = game.state.budgets
        let told = InstrumentGame.agree(&game, .programme)
        #expect(game.hasProgramme)
        #expect(game.state.programme?.since == 0)
        #expect(Game.events(told).contains(.programmeStarted))
        #expect(Game.events(told).contains(.programmePaid(amount: 3, fromFund: 1)))
        #expect(same(game.state.budgets[1], before[1] - 2.0 / 3), "the rest in equal parts")
        for _ in 1...3 {
            let year = InstrumentGame.agree(&game)
            #expect(Game.events(year).contains(.programmePaid(amount: 3, fromFund: 0)))
            #expect(game.view(for: 2).programme?.paid == 3, "this year's account is public")
        }
    }

    @Test func itsOwnKeySplitsTheCost() {
        var spec = ProgrammeGame.spec
        spec.programme?.fund = nil
        spec.programme?.key = [0.5, 0.5, 0]
        var game = ProgrammeGame.start(spec)
        var without = ProgrammeGame.start(spec)
        InstrumentGame.agree(&game, .programme)
        InstrumentGame.agree(&without)
        let paid = zip(without.state.budgets, game.state.budgets).map { $0 - $1 }
        #expect(paid.count == 3 && same(paid[0], 1.5) && same(paid[1], 1.5))
        #expect(same(paid[2], 0), "sociaal has no share")
    }

    /// The early saving: `riool_kabel` held from round `heldIn` for round 3, then planned and
    /// agreed for it. The money its owners got back.
    static func madeAsHeld(heldIn: Int) -> (bonus: Double, game: Game) {
        var game = ProgrammeGame.start()
        InstrumentGame.agree(&game, .programme)
        while game.state.round < heldIn { InstrumentGame.agree(&game) }
        game.must(.plan(role: 0, project: 0, round: 3))
        game.must(.plan(role: 1, project: 1, round: 3))
        ProgrammeGame.agree(
            &game, .programmeCoupling(coupling: 0, round: 3), .coupling(0), by: 0)
        while game.state.round < 3 { InstrumentGame.agree(&game) }
        var bonus = -1.0
        let told = InstrumentGame.agree(&game)
        for event in Game.events(told) {
            if case .programmeKept(0, let paid) = event { bonus = paid }
        }
        return (bonus, game)
    }

    @Test func aCouplingHeldEarlyEnoughSavesMoreWhenItIsMade() {
        let early = Self.madeAsHeld(heldIn: 1)
        #expect(early.game.state.couplingMade[0])
        #expect(early.bonus == 6, "held two rounds ahead")
        #expect(early.game.state.programme?.entries.first?.kept == true)
        #expect(early.game.programmeCommitments.isEmpty)
        let late = Self.madeAsHeld(heldIn: 2)
        #expect(late.game.state.couplingMade[0])
        #expect(late.bonus == 0, "held one round ahead: kept, but no bonus")
        let gained = early.game.state.budgets[0] - late.game.state.budgets[0]
        #expect(same(gained, 3), "half of the bonus to each owner")
        #expect(same(early.game.state.budgets[1] - late.game.state.budgets[1], 3))
    }

    /// Holds `riool_kabel` for round 2 in round 1; in round 1 `planners` plan their project
    /// of it for round 2; round 2 is played. The game and the events of round 2.
    static func dropped(planners: [Int]) -> (game: Game, told: [ToldEvent]) {
        var game = ProgrammeGame.start()
        InstrumentGame.agree(&game, .programme)
        for role in planners { game.must(.plan(role: role, project: role, round: 2)) }
        ProgrammeGame.agree(&game, .programmeCoupling(coupling: 0, round: 2), by: 0)
        let told = InstrumentGame.agree(&game)
        return (game, told)
    }

    @Test(arguments: [([Int](), [0, 1]), ([0], [1]), ([1], [0]), ([0, 1], [0, 1])])
    func aCommitmentLetDropCostsThoseWhoLetItDropALittleTrust(
        _ planners: [Int], _ blamed: [Int]
    ) {
        let (game, told) = Self.dropped(planners: planners)
        #expect(Game.events(told).contains(.programmeDropped(coupling: 0, roles: blamed)))
        #expect(game.state.programme?.dropped == [0])
        #expect(game.state.programme?.entries.first?.kept == false)
        let reference = Self.droppedReference(planners: planners)
        for role in 0..<3 {
            let lost = blamed.contains(role) ? -2.0 : 0
            #expect(same(game.state.trust(2, role), reference.state.trust(2, role) + lost))
        }
    }

    /// The same rounds without the commitment.
    static func droppedReference(planners: [Int]) -> Game {
        var game = ProgrammeGame.start()
        InstrumentGame.agree(&game, .programme)
        for role in planners { game.must(.plan(role: role, project: role, round: 2)) }
        InstrumentGame.agree(&game, sharing: false)
        InstrumentGame.agree(&game)
        return game
    }

    @Test func droppingItIsSofterThanBreakingAnAgreement() {
        #expect(ProgrammeGame.spec.programme!.breakTrust > InstrumentGame.spec.agreements[0].breach)
        #expect(ProgrammeSpec(name: "p").breakTrust > AgreementSpec(id: "a", name: "a").breach)
    }

    @Test func anAgreedMoveCostsNoTrustAndCountsFromNow() {
        var game = ProgrammeGame.start()
        InstrumentGame.agree(&game, .programme)
        ProgrammeGame.agree(&game, .programmeCoupling(coupling: 0, round: 3), by: 0)
        let trust = game.state.trust
        ProgrammeGame.agree(&game, .programmeCoupling(coupling: 0, round: 4), by: 0)
        #expect(game.state.trust == trust)
        #expect(game.programmeCommitments == [ProgrammeEntry(coupling: 0, round: 4, since: 2)])
    }

    @Test func aGameWithAProgrammeSurvivesEncodingAndPlaysOnTheSame() throws {
        var game = ProgrammeGame.start()
        InstrumentGame.agree(&game, .programme)
        ProgrammeGame.agree(&game, .programmeCoupling(coupling: 0, round: 3), by: 0)
        let data = try JSONEncoder().encode(game)
        var copy = try JSONDecoder().decode(Game.self, from: data)
        #expect(copy == game)
        InstrumentGame.agree(&game)
        InstrumentGame.agree(&copy)
        #expect(copy == game)
    }

    @Test func aProgrammeNobodyStartsChangesNothing() {
        var spec = ProgrammeGame.spec
        var plain = Game(spec: spec, seed: 9)
        spec.programme = nil
        var bare = Game(spec: spec, seed: 9)
        while !plain.isOver {
            plain.everyoneReady()
            bare.everyoneReady()
        }
        #expect(plain.state.budgets == bare.state.budgets)
        #expect(plain.state.trust == bare.state.trust)
        #expect(plain.state.history == bare.state.history)
        #expect(plain.state.programme == nil)
    }
}
