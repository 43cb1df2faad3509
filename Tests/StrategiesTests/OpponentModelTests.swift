import GameRules
import Testing

@testable import Strategies

@Suite("The strong bot reads the others from the public history")
struct OpponentModelTests {
    @Test func sharingAndAcceptingCountForRefusingAndWithholdingAgainst() {
        var model = OpponentModel(roles: 3)
        #expect(model.cooperativeChance(of: 1) == 0.5)
        let history = [
            HistoryEntry(round: 0, act: .shared(role: 1, plans: [])),
            HistoryEntry(round: 0, act: .responded(role: 1, proposal: 1, accept: true)),
            HistoryEntry(round: 0, act: .responded(role: 2, proposal: 1, accept: false)),
        ]
        model.read(history, now: 0)
        #expect(model.cooperativeChance(of: 1) == 0.75, "(1 + 2) / (2 + 2)")
        #expect(model.cooperativeChance(of: 2) == 1.0 / 3, "(1 + 0) / (2 + 1)")
        model.read(history, now: 1)
        #expect(model.cooperativeChance(of: 1) == 0.75, "entries are read once; it shared")
        #expect(model.cooperativeChance(of: 2) == 0.25, "a year without sharing counts")
    }
}
