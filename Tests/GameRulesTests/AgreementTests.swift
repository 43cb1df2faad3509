import GameRules
import Testing

/// The rules of agreements: who may propose which, what signing costs, how the terms bind.
@Suite("Agreements: intentieverklaring and convenant")
struct AgreementTests {
    /// Where a proposal is tried.
    enum Setup: String, Sendable, CaseIterable {
        case fresh, lowTrust, intentSigned, coordinatorHired, noInstruments
    }

    /// One proposal in one situation, and the rejection it must get (nil: allowed).
    struct Case: Sendable, CustomTestStringConvertible {
        let setup: Setup
        let proposal: ProposalKind
        let reason: Rejection.Reason?
        var testDescription: String { "\(proposal) when \(setup.rawValue)" }
    }

    static let cases: [Case] = [
        Case(setup: .fresh, proposal: .agreement(0), reason: nil),
        Case(setup: .fresh, proposal: .agreement(5), reason: .unknownAgreement),
        Case(setup: .fresh, proposal: .agreement(1), reason: .agreementFirst),
        Case(setup: .lowTrust, proposal: .agreement(0), reason: .trustTooLow),
        Case(setup: .intentSigned, proposal: .agreement(0), reason: .alreadyAgreed),
        Case(setup: .intentSigned, proposal: .agreement(1), reason: nil),
        Case(setup: .fresh, proposal: .coordinator, reason: nil),
        Case(setup: .lowTrust, proposal: .coordinator, reason: .trustTooLow),
        Case(setup: .coordinatorHired, proposal: .coordinator, reason: .coordinatorHired),
        Case(setup: .noInstruments, proposal: .coordinator, reason: .noCoordinator),
        Case(setup: .noInstruments, proposal: .agreement(0), reason: .unknownAgreement),
    ]

    /// A game at its table phase in the situation `setup`.
    static func game(_ setup: Setup) -> Game {
        var game: Game
        switch setup {
        case .fresh: game = InstrumentGame.start()
        case .noInstruments: game = TestGame.start()
        case .lowTrust:
            game = InstrumentGame.start()
            InstrumentGame.lowerTrust(&game, by: 20)
        case .intentSigned:
            game = InstrumentGame.start()
            InstrumentGame.agree(&game, .agreement(0))
        case .coordinatorHired:
            game = InstrumentGame.start()
            InstrumentGame.agree(&game, .coordinator)
        }
        game.everyoneReady()
        return game
    }

    @Test(arguments: cases)
    func aProposalIsAllowedOrRefusedWithItsReason(_ item: Case) {
        var game = Self.game(item.setup)
        guard let role = game.activeRole else {
            Issue.record("no role at the table")
            return
        }
        let action = Action.propose(role: role, proposal: item.proposal)
        let legal = game.legalActions(for: role).contains(action)
        #expect(legal == (item.reason == nil), "legal actions agree with the check")
        if let reason = item.reason {
            game.refuses(action, reason)
        } else {
            game.must(action)
            #expect(game.state.proposals.last?.concerned.count == 2, "everyone else answers")
        }
    }

    @Test func signingAnIntentPaysItsFeeInEqualPartsAndNeedsEveryone() {
        var game = InstrumentGame.start()
        let before = game.state.budgets
        game.everyoneReady()
        let proposer = game.activeRole ?? 0
        game.must(.propose(role: proposer, proposal: .agreement(0)))
        let told = game.everyoneReady()
        #expect(game.state.agreement == nil, "unanswered: an agreement needs everyone")
        #expect(
            !Game.events(told).contains { if case .agreementSigned = $0 { true } else { false } })
        InstrumentGame.agree(&game, .agreement(0))
        #expect(game.state.agreement == 0)
        #expect(game.state.agreementRound == 1)
        #expect(game.state.agreementsSigned == [true, false])
        #expect(same(game.state.budgets[1], before[1] - 1), "netbeheer pays a third of 3")
    }

    @Test func aConvenantReplacesTheIntentSplitsItsFeeByItsKeyAndHiresTheCoordinator() {
        var game = InstrumentGame.start()
        InstrumentGame.agree(&game, .agreement(0))
        let before = game.state.budgets
        let told = InstrumentGame.agree(&game, .agreement(1))
        #expect(game.state.agreement == 1)
        #expect(game.state.coordinatorRound == 1)
        let events = Game.events(told)
        #expect(events.contains(.agreementSigned(agreement: 1, paid: [5, 3, 2])))
        #expect(events.contains(.coordinatorHired))
        // The coordinator's 6, with an empty fund, is split by the convenant's key too.
        #expect(events.contains(.processCoordinatorPaid(amount: 6, fromFund: 0)))
        #expect(same(game.state.budgets[1], before[1] - 3 - 1.8), "netbeheer's 30% of both")
    }

    @Test func whoDoesNotShareItsPlansBreaksTheTermFromTheRoundAfterSigning() {
        var game = InstrumentGame.start()
        let signing = InstrumentGame.agree(&game, .agreement(0), sharing: false)
        #expect(
            !Game.events(signing).contains {
                if case .agreementBreached = $0 { true } else { false }
            })
        game.must(.share(role: 1))
        let before = game.state.trust
        let told = InstrumentGame.agree(&game, sharing: false)
        let breaches = Game.events(told).compactMap { event -> Int? in
            guard case .agreementBreached(let role, 0, .sharePlans) = event else { return nil }
            return role
        }
        #expect(breaches.sorted() == [0, 2], "netbeheer shared, the others did not")
        #expect(game.state.agreementBreaches == 2)
        // beheer's trust in sociaal: -4 for the breach, +1 drift back towards 50.
        #expect(game.state.trust(0, 2) < before[0 * 3 + 2] - 2.9)
    }

    @Test func theConvenantsGraafrustHoldsLongerAndBreakingItCostsTrust() {
        var game = InstrumentGame.start()
        #expect(game.graafrustRounds == 2, "the game's own graafrust before any agreement")
        InstrumentGame.agree(&game, .agreement(0))
        InstrumentGame.agree(&game, .agreement(1))
        #expect(game.graafrustRounds == 3)
        // Round 2: the cable in noord is laid (one round): graafrust until round 5.
        game.must(.plan(role: 1, project: 1, round: 2))
        InstrumentGame.agree(&game)
        #expect(game.state.graafrustUntil[0] == 5)
        // Round 3: the sewer opens noord again, within the agreed graafrust.
        game.must(.plan(role: 0, project: 0, round: 3))
        let told = InstrumentGame.agree(&game)
        let events = Game.events(told)
        #expect(events.contains(.graafrustBreached(district: 0, project: 0)))
        #expect(events.contains(.agreementBreached(role: 0, agreement: 1, term: .graafrust)))
    }

    @Test func graafrustCanHoldOnlyWhereAnAgreementSaysSo() {
        var spec = InstrumentGame.spec
        spec.digging.graafrustBy = .agreement
        spec.districts[0].dugBefore = [-1]
        var game = InstrumentGame.start(spec)
        #expect(game.graafrustRounds == 0)
        #expect(game.state.graafrustUntil == [nil, nil], "no graafrust from before the game")
        game.must(.plan(role: 1, project: 1, round: 0))
        InstrumentGame.agree(&game)
        #expect(game.state.graafrustUntil[0] == nil, "no agreement, no graafrust")
        InstrumentGame.agree(&game, .agreement(0))
        #expect(game.graafrustRounds == 0, "the intent has no graafrust term")
        InstrumentGame.agree(&game, .agreement(1))
        #expect(game.graafrustRounds == 3)
    }

    @Test func theConvenantHoldsTheFormUpForAWhileAndThenLapses() {
        var game = InstrumentGame.start()
        InstrumentGame.agree(&game, .agreement(0), .form(1))
        #expect(game.state.form == 1)
        InstrumentGame.agree(&game, .agreement(1))
        InstrumentGame.lowerTrust(&game, by: 30)
        let held = InstrumentGame.agree(&game)
        #expect(Game.events(held).contains(.formHeld(form: 1, agreement: 1)))
        #expect(game.state.form == 1, "round 2 is within hold_form 2 of signing in round 1")
        let lapsed = InstrumentGame.agree(&game)
        #expect(Game.events(lapsed).contains(.agreementLapsed(agreement: 1)))
        #expect(game.state.agreement == nil, "two rounds after round 1 it ends")
        let lost = InstrumentGame.agree(&game)
        #expect(Game.events(lost).contains(.formLost(form: 1)))
        #expect(game.state.form == 0)
    }

    @Test func instrumentsThatNobodyUsesChangeNothing() {
        var spec = InstrumentGame.spec
        var plain = Game(spec: spec, seed: 9)
        spec.agreements = []
        spec.coordinator = nil
        var bare = Game(spec: spec, seed: 9)
        while !plain.isOver {
            plain.everyoneReady()
            bare.everyoneReady()
        }
        #expect(plain.state.budgets == bare.state.budgets)
        #expect(plain.state.trust == bare.state.trust)
        #expect(plain.state.projects == bare.state.projects)
        #expect(plain.state.history == bare.state.history)
        #expect(plain.state.agreementBreaches == 0)
    }
}
