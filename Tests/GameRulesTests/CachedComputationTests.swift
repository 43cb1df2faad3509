import Testing

@testable import GameRules

/// The shortcuts the rules take for speed give what the plain computation gives, at every
/// step of random games.
@Suite("Speed shortcuts equal the plain computation")
struct CachedComputationTests {
    /// Random games of the test game: `body` sees the game before each action, which is
    /// then applied.
    static func randomGames(_ body: (Game, Action) -> Void) {
        for seed in UInt64(1)...12 {
            var game = TestGame.start(seed: seed)
            var chooser = SeededGenerator(seed: seed &* 7919)
            var steps = 0
            while let role = game.activeRole, steps < 300 {
                let legal = game.legalActions(for: role)
                // Mostly act, sometimes pass, so that games reach their later rounds.
                let action =
                    chooser.below(4) == 0 ? .ready(role: role) : legal[chooser.below(legal.count)]
                body(game, action)
                _ = game.apply(action)
                steps += 1
            }
        }
    }

    /// The legal actions (plans checked against one sum of what is planned) are exactly the
    /// candidates that `check` accepts one by one.
    @Test func legalActionsAreTheCandidatesCheckAccepts() {
        var compared = 0
        Self.randomGames { game, _ in
            for role in 0..<TestGame.roles.count {
                let plain = game.candidateActions(for: role).filter { game.check($0) == nil }
                #expect(game.legalActions(for: role) == plain)
                compared += 1
            }
        }
        #expect(compared > 100)
    }

    /// A copy that forgot the history of past rounds plays on exactly as the game: the same
    /// events and state, and a history that is the end of the game's.
    @Test func forgettingPastHistoryChangesNoMove() {
        var forgotten = 0
        Self.randomGames { game, action in
            var short = game
            short.forgetPastHistory()
            if short.state.history.count < game.state.history.count { forgotten += 1 }
            var long = game
            let told = try? long.apply(action).get()
            let shortTold = try? short.apply(action).get()
            #expect(told == shortTold)
            #expect(
                long.state.history.suffix(short.state.history.count) == short.state.history[...])
            var same = short
            same.state.history = long.state.history
            #expect(same == long)
        }
        #expect(forgotten > 0, "some games reach a round with history behind them")
    }

    /// A copy that only looks ahead plays on exactly as the game: the same state but for the
    /// history it does not keep, the same answer to every action, and no events told.
    @Test func lookingAheadOnlyChangesNoMove() {
        var summaries = 0
        Self.randomGames { game, action in
            var ahead = game
            ahead.lookAheadOnly()
            var long = game
            let result = long.apply(action)
            let aheadResult = ahead.apply(action)
            switch (result, aheadResult) {
            case (.success(let told), .success(let aheadTold)):
                summaries +=
                    told.filter {
                        if case .yearReviewed = $0.event { return true }
                        return false
                    }.count
                #expect(aheadTold.isEmpty, "a lookahead told \(aheadTold)")
            case (.failure(let refusal), .failure(let aheadRefusal)):
                #expect(refusal == aheadRefusal)
            default:
                Issue.record("\(action): \(result) in the game, \(aheadResult) looking ahead")
            }
            #expect(ahead.state.history.isEmpty)
            var same = ahead
            same.state.history = long.state.history
            #expect(same == long)
        }
        #expect(summaries > 0, "some actions end a year")
    }

    /// The room made for the candidate actions is never short: the list is made once.
    @Test func candidateCapacityHoldsEveryCandidate() {
        var listed = 0
        Self.randomGames { game, _ in
            for role in 0..<TestGame.roles.count {
                let candidates = game.candidateActions(for: role)
                #expect(candidates.count <= game.candidateCapacity(for: role))
                listed += candidates.count
            }
        }
        #expect(listed > 1_000)
    }
}
