import GameDefinition
import GameRules
import Strategies
import Testing

/// A reactive strategy written with the public API only: it reads what the other chooser
/// did from the public history, and keeps no memory of its own.
private struct TitForTat: Strategy {
    var name: String { "tit-for-tat" }

    mutating func choose(_ decision: Decision, using random: inout SeededGenerator) -> Action {
        let role = decision.role
        for case .choose(_, let dilemma, _) in decision.legalActions {
            let rules = decision.spec.dilemmas[dilemma]
            let cooperate = rules.options.firstIndex { $0.id == "samen" } ?? 0
            guard let other = rules.choosers.firstIndex(where: { $0 != role }) else { continue }
            for entry in decision.history.reversed() {
                if case .dilemmaDecided(dilemma, let choices) = entry.act {
                    return .choose(role: role, dilemma: dilemma, option: choices[other])
                }
            }
            return .choose(role: role, dilemma: dilemma, option: cooperate)
        }
        return .ready(role: role)
    }
}

/// Always takes the option with this id, then says ready.
private struct Always: Strategy {
    let option: String
    var name: String { "always-\(option)" }

    mutating func choose(_ decision: Decision, using random: inout SeededGenerator) -> Action {
        for case .choose(let role, let dilemma, let option) in decision.legalActions
        where decision.spec.dilemmas[dilemma].options[option].id == self.option {
            return .choose(role: role, dilemma: dilemma, option: option)
        }
        return .ready(role: decision.role)
    }
}

@Suite("A reactive strategy reads the public history")
struct TitForTatTests {
    static let spec = GameDefinitionReader.read(
        contentsOf: ExampleGame.root.appendingPathComponent(
            "Tests/GameDefinitionTests/Fixtures/prisoners-dilemma.toml"
        ).path
    ).spec

    /// The two scores of a whole repeated dilemma between `rood` and `blauw`.
    static func scores(_ rood: any Strategy, _ blauw: any Strategy) throws -> [Double] {
        let spec = try #require(spec)
        let playout = Playout(spec: spec, seed: 1, strategies: [rood, blauw])
        #expect(playout.game.isOver)
        return [playout.game.score(of: 0), playout.game.score(of: 1)]
    }

    @Test func titForTatScoresItsKnownScores() throws {
        let cooperate = Always(option: "samen")
        let defect = Always(option: "alleen")
        // Five years: it cooperates first, then copies the other's last choice.
        #expect(try Self.scores(TitForTat(), defect) == [4, 9])
        #expect(try Self.scores(defect, TitForTat()) == [9, 4])
        #expect(try Self.scores(TitForTat(), cooperate) == [15, 15])
        #expect(try Self.scores(TitForTat(), TitForTat()) == [15, 15])
        #expect(try Self.scores(defect, cooperate) == [25, 0])
    }

    @Test func theHistoryHoldsEachYearsDecisionInItsRound() throws {
        let spec = try #require(Self.spec)
        let playout = Playout(
            spec: spec, seed: 1, strategies: [TitForTat(), Always(option: "alleen")])
        let decided = playout.game.view(for: 0).history.compactMap { entry -> [Int]? in
            guard case .dilemmaDecided(0, let choices) = entry.act else { return nil }
            return [entry.round] + choices
        }
        #expect(decided == [[0, 0, 1], [1, 1, 1], [2, 1, 1], [3, 1, 1], [4, 1, 1]])
    }
}
