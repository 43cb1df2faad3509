import GameRules
import Testing

@Suite("Commitments and dilemmas")
struct CommitmentAndDilemmaTests {
    @Test func aKeptCommitmentRaisesTrustAndABrokenOneLowersIt() {
        var kept = TestGame.start()
        kept.must(.plan(role: 0, project: 0, round: 0))
        kept.must(.commit(role: 0, project: 0))
        kept.refuses(.commit(role: 0, project: 0), .alreadyCommitted)
        kept.everyoneReady()
        kept.everyoneReady()
        #expect(kept.state.commitments.count == 1)
        #expect(kept.state.commitments.first?.kept == true)
        #expect(kept.state.trust(1, 0) == 54, "kept +5, drift -1")

        var broken = TestGame.start()
        broken.must(.plan(role: 0, project: 0, round: 0))
        broken.must(.commit(role: 0, project: 0))
        broken.must(.unplan(role: 0, project: 0))
        broken.everyoneReady()
        broken.everyoneReady()
        #expect(broken.state.commitments.first?.kept == false)
        #expect(broken.state.trust(2, 0) == 41, "broken -10, drift +1")
    }

    @Test func aDilemmaIsDecidedWhenAllChoose() {
        var game = TestGame.start()
        game.refuses(.choose(role: 0, dilemma: 0, option: 5), .unknownOption)
        let told = game.must(.choose(role: 0, dilemma: 0, option: 0))
        #expect(told == [ToldEvent(.chose(role: 0, dilemma: 0), to: .role(0))])
        game.refuses(.choose(role: 0, dilemma: 0, option: 1), .alreadyChosen)
        game.must(.ready(role: 0))
        #expect(game.view(for: 1).dilemmas[0].choices == [nil, nil], "secret until decided")
        #expect(game.view(for: 1).dilemmas[0].hasChosen == [true, false])
        game.must(.choose(role: 1, dilemma: 0, option: 0))
        game.must(.ready(role: 1))
        game.refuses(.choose(role: 2, dilemma: 0, option: 0), .notChooser)
        game.must(.ready(role: 2))
        game.everyoneReady()
        #expect(game.state.dilemmas[0].decided == [0, 0])
        #expect(game.state.variables[3] == 65, "both chose samen: +5")
        #expect(game.view(for: 2).dilemmas[0].choices == [0, 0])
        #expect(game.chose(role: 1, dilemma: 0, option: 0))
    }

    @Test func anUndecidedHotPotatoTakesItsDefaultAtTheDeadline() {
        var game = TestGame.start()
        game.must(.choose(role: 0, dilemma: 0, option: 0))
        game.everyoneReady()
        game.everyoneReady()
        #expect(game.state.dilemmas[0].isOpen, "still open in 2026")
        game.everyoneReady()
        var told: [ToldEvent] = []
        while game.state.round == 1 {
            told += game.must(.ready(role: game.activeRole!))
        }
        #expect(Game.events(told).contains(.dilemmaDefaulted(dilemma: 0)))
        #expect(game.state.dilemmas[0].decided == [0, 1])
        #expect(game.state.variables[3] == 50, "default -10")
        game.refuses(.choose(role: 2, dilemma: 0, option: 0), .dilemmaClosed)
    }
}
