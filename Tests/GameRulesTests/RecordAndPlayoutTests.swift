import Foundation
import GameRules
import Testing

@Suite("Records, replay and random playouts")
struct RecordAndPlayoutTests {
    /// Plays random legal actions (ready one time in three) and records them.
    static func randomPlayout(seed: UInt64, limit: Int = 5000) -> (Game, GameRecord) {
        var game = TestGame.start(seed: seed)
        var record = GameRecord(definitionHash: "test", seed: seed)
        var chooser = SeededGenerator(seed: seed ^ 0xABCD)
        while let role = game.activeRole, record.actions.count < limit {
            let legal = game.legalActions(for: role)
            let action =
                chooser.chance(0.3) ? Action.ready(role: role) : legal[chooser.below(legal.count)]
            guard case .success = game.apply(action) else {
                Issue.record("a legal action was refused: \(action)")
                break
            }
            record.actions.append(action)
        }
        return (game, record)
    }

    @Test(arguments: 1...60)
    func randomPlayoutsEndKeepInvariantsAndReplayExactly(seed: Int) throws {
        let (game, record) = Self.randomPlayout(seed: UInt64(seed))
        #expect(game.isOver, "the game ended by itself")
        #expect(game.state.budgets.allSatisfy { $0 >= 0 })
        #expect(game.state.trust.allSatisfy { (0...100).contains($0) })
        for (district, rules) in game.spec.districts.enumerated() {
            #expect(game.state.slotsUsed[district] <= rules.slots)
        }
        for (index, variable) in game.spec.variables.enumerated() {
            #expect((variable.min...variable.max).contains(game.state.variables[index]))
        }
        let replayed = try record.replay(on: TestGame.spec).get()
        #expect(replayed == game)
    }

    @Test func aRecordAndAStateSurviveJSONExactly() throws {
        let (game, record) = Self.randomPlayout(seed: 3)
        let data = try JSONEncoder().encode(record)
        #expect(try JSONDecoder().decode(GameRecord.self, from: data) == record)
        let half = GameRecord(
            definitionHash: record.definitionHash, seed: record.seed,
            actions: Array(record.actions.prefix(record.actions.count / 2)))
        var middle = try half.replay(on: TestGame.spec).get()
        var restored = try JSONDecoder().decode(Game.self, from: JSONEncoder().encode(middle))
        #expect(restored == middle)
        for action in record.actions.dropFirst(half.actions.count) {
            _ = middle.apply(action)
            _ = restored.apply(action)
        }
        #expect(restored == game)
    }

    @Test func undoIsTheRecordWithoutItsLastAction() throws {
        var game = TestGame.start()
        var record = GameRecord(definitionHash: "test", seed: 1)
        let before = game
        let action = Action.plan(role: 0, project: 0, round: 0)
        game.must(action)
        record.actions.append(action)
        #expect(try record.undone.replay(on: TestGame.spec).get() == before)
    }

    @Test func aRecordThatDoesNotFitTheGameSaysWhichActionFailed() {
        let record = GameRecord(
            definitionHash: "x", seed: 1, actions: [.ready(role: 0), .ready(role: 0)])
        guard case .failure(let failure) = record.replay(on: TestGame.spec) else {
            Issue.record("replay should fail")
            return
        }
        #expect(failure.index == 1)
        #expect(failure.rejection.reason == .notYourTurn)
    }

    @Test func aDeterminizedCopyHidesWhatTheRoleCannotSee() {
        var game = TestGame.start()
        game.must(.plan(role: 0, project: 0, round: 0))
        game.must(.choose(role: 0, dilemma: 0, option: 0))
        game.must(.facilitator(.adjustTrust(from: 0, to: 2, by: 30)))
        game.must(.ready(role: 0))
        let guess = game.determinized(for: 1, seed: 3)
        #expect(guess.state.projects[0].phase == .idle, "beheer's secret plan is unknown")
        #expect(guess.state.dilemmas[0].choices == [nil, nil], "beheer's secret choice is unknown")
        #expect(guess.state.budgets[0] == 100, "estimated from start and income")
        #expect(same(guess.state.trust(0, 2), game.groupTrust), "others' trust is guessed")
        #expect(guess.state.trust(0, 1) == game.state.trust(0, 1), "trust in the viewer is visible")
        let own = game.determinized(for: 0, seed: 3)
        #expect(own.state.projects[0].phase == .planned)
        #expect(own.state.dilemmas[0].choices == [0, nil])
    }

    @Test func everyLegalActionIsAcceptedAndOthersAreRefused() {
        var game = TestGame.start()
        var chooser = SeededGenerator(seed: 11)
        var steps = 0
        while let role = game.activeRole, steps < 400 {
            let legal = game.legalActions(for: role)
            for action in legal { #expect(game.check(action) == nil) }
            for other in 0..<3 where other != role {
                #expect(game.legalActions(for: other).isEmpty)
            }
            _ = game.apply(legal[chooser.below(legal.count)])
            steps += 1
        }
    }
}
