import Foundation
import GameRules
import Testing

@Suite("The public history")
struct HistoryTests {
    /// The acts of the history with their rounds.
    static func acts(_ game: Game) -> [HistoryEntry] { game.view(for: 1).history }

    @Test func promisesAreKeptOrBrokenInTheRoundTheyWereFor() {
        var kept = TestGame.start()
        kept.must(.plan(role: 0, project: 0, round: 0))
        kept.must(.commit(role: 0, project: 0))
        kept.everyoneReady()
        kept.everyoneReady()
        #expect(kept.state.round == 1)
        #expect(
            Self.acts(kept) == [
                HistoryEntry(round: 0, act: .promised(role: 0, project: 0, round: 0)),
                HistoryEntry(round: 0, act: .promiseKept(role: 0, project: 0)),
            ])

        var broken = TestGame.start()
        broken.must(.plan(role: 0, project: 0, round: 0))
        broken.must(.commit(role: 0, project: 0))
        broken.must(.unplan(role: 0, project: 0))
        broken.everyoneReady()
        broken.everyoneReady()
        #expect(
            Self.acts(broken).last
                == HistoryEntry(
                    round: 0, act: .promiseBroken(role: 0, project: 0)))
    }

    @Test func secretChoicesAppearOnlyOnceTheDilemmaIsDecided() {
        var game = TestGame.start()
        game.must(.choose(role: 0, dilemma: 0, option: 0))
        game.must(.choose(role: 1, dilemma: 0, option: 1))
        #expect(Self.acts(game).isEmpty, "chosen in secret: nothing public yet")
        game.everyoneReady()
        game.everyoneReady()
        #expect(
            Self.acts(game).contains(
                HistoryEntry(round: 0, act: .dilemmaDecided(dilemma: 0, choices: [0, 1]))))
    }

    @Test func sharingShowsThePlansOfThatMoment() {
        var game = TestGame.start()
        game.must(.plan(role: 0, project: 0, round: 1))
        game.everyoneReady()
        #expect(game.activeRole == 0, "the table phase of the first year opens with role 0")
        game.must(.share(role: 0))
        #expect(
            Self.acts(game) == [
                HistoryEntry(
                    round: 0, act: .shared(role: 0, plans: [SharedPlan(project: 0, round: 1)]))
            ])
    }

    @Test func plansSharedInSecretEnterTheHistoryWhenTheTableOpens() {
        var game = TestGame.start()
        #expect(game.phase.secret)
        game.must(.share(role: 0))
        game.must(.plan(role: 0, project: 0, round: 1))
        #expect(Self.acts(game).isEmpty, "the plans stay secret while planning")
        game.everyoneReady()
        #expect(!game.phase.secret)
        #expect(
            Self.acts(game) == [
                HistoryEntry(
                    round: 0, act: .shared(role: 0, plans: [SharedPlan(project: 0, round: 1)]))
            ])
    }

    @Test func theViewSharesTheHistoryButLeavesItOutOfItsJSON() throws {
        var game = TestGame.start()
        game.must(.plan(role: 0, project: 0, round: 0))
        game.must(.commit(role: 0, project: 0))
        let view = game.view(for: 2)
        #expect(view.history == game.state.history)
        #expect(view.history.count == 1)
        let json = String(decoding: try JSONEncoder().encode(view), as: UTF8.self)
        #expect(!json.contains("history"))
        #expect(try JSONDecoder().decode(RoleView.self, from: Data(json.utf8)).history.isEmpty)
    }
}
