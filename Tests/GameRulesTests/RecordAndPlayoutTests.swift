import Foundation
import GameRules
import Testing

@Suite("Records and random playouts")
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
    func randomPlayoutsEndAndKeepInvariants(seed: Int) throws {
        let (game, _) = Self.randomPlayout(seed: UInt64(seed))
        #expect(game.isOver, "the game ended by itself")
        #expect(game.state.budgets.allSatisfy { $0 >= 0 })
        #expect(game.state.trust.allSatisfy { (0...100).contains($0) })
        for (district, rules) in game.spec.districts.enumerated() {
            #expect(game.state.slotsUsed[district] <= rules.slots)
        }
        for (index, variable) in game.spec.variables.enumerated() {
            #expect((variable.min...variable.max).contains(game.state.variables[index]))
        }
    }

    @Test func aRecordAndAStateSurviveJSONExactly() throws {
        let (game, record) = Self.randomPlayout(seed: 3)
        let data = try JSONEncoder().encode(record)
        #expect(try JSONDecoder().decode(GameRecord.self, from: data) == record)
        var middle = TestGame.start(seed: 3)
        let half = record.actions.count / 2
        for action in record.actions.prefix(half) { middle.must(action) }
        var restored = try JSONDecoder().decode(Game.self, from: JSONEncoder().encode(middle))
        #expect(restored == middle)
        for action in record.actions.dropFirst(half) {
            middle.must(action)
            restored.must(action)
        }
        #expect(restored == game)
        #expect(record.undone.actions == Array(record.actions.dropLast()))
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
                let mayAct = game.phase.secret && !game.state.ready[other]
                #expect(game.legalActions(for: other).isEmpty == !mayAct)
                #expect(game.mayAct(other) == mayAct)
            }
            _ = game.apply(legal[chooser.below(legal.count)])
            steps += 1
        }
    }
}
