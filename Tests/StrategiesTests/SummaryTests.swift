import Strategies
import Testing

@Suite("Summary statistics")
struct SummaryTests {
    static func result(
        _ index: Int, scores: [Double], shared: Double, outcome: String = "completed"
    ) -> GameResult {
        GameResult(
            index: index, seed: UInt64(index), roles: ["a", "b"],
            strategies: ["greedy", "sectoral"], scores: scores,
            sharedScore: shared, outcome: outcome, rounds: 6, groupTrust: 50, couplingsMade: 1,
            couplingsMissed: 0,
            eventsFired: 2, projectsStarted: 3, goalsReached: 1, sharedGoalsReached: 0,
            dilemmasDecided: 1,
            actions: 100, refusedLegalActions: 0,
            firedEvents: index.isMultiple(of: 2) ? ["storm"] : ["storm", "subsidie"],
            startedProjects: index.isMultiple(of: 3) ? ["riool"] : [])
    }

    @Test("failed games are counted apart, in one summary and in a merge of two")
    func failedGamesStayOutOfTheStatistics() {
        var first = Summary(roles: ["a", "b"])
        first.add(SummaryTests.result(0, scores: [4, 2], shared: 3))
        first.add(SummaryTests.result(1, scores: [90, 0], shared: 50, outcome: "failed"))
        #expect(first.games == 1)
        #expect(first.failures == 1)
        #expect(first.scores[0].mean == 4)
        #expect(first.wins == [1, 0])
        var second = Summary(roles: ["a", "b"])
        second.add(SummaryTests.result(2, scores: [1, 1], shared: 1, outcome: "failed"))
        let merged = first.merge(second)
        #expect(merged)
        #expect(first.games == 1)
        #expect(first.failures == 2)
    }

    @Test func welfordMatchesTheTextbook() {
        var statistic = RunningStatistic()
        for value in [2.0, 4, 4, 4, 5, 5, 7, 9] { statistic.add(value) }
        #expect(statistic.count == 8)
        #expect(abs(statistic.mean - 5) < 1e-12)
        #expect(abs(statistic.variance - 32.0 / 7) < 1e-12)
        #expect(
            abs(statistic.confidence95 - 1.959964 * (32.0 / 7).squareRoot() / 8.0.squareRoot())
                < 1e-9)
    }

    @Test func mergingEqualsAddingOneByOne() {
        let values = (0..<50).map { Double(($0 * 37) % 11) - 3.5 }
        var whole = RunningStatistic()
        values.forEach { whole.add($0) }
        var left = RunningStatistic()
        var right = RunningStatistic()
        values.prefix(17).forEach { left.add($0) }
        values.dropFirst(17).forEach { right.add($0) }
        left.merge(right)
        #expect(left.count == whole.count)
        #expect(abs(left.mean - whole.mean) < 1e-12)
        #expect(abs(left.variance - whole.variance) < 1e-9)
        var empty = RunningStatistic()
        empty.merge(whole)
        #expect(empty == whole)
    }

    @Test func winsLossesAndSharedScoreAreCounted() {
        var summary = Summary(roles: ["a", "b"])
        summary.add(Self.result(0, scores: [10, 5], shared: 8))
        summary.add(Self.result(1, scores: [5, 5], shared: 4))
        summary.add(Self.result(2, scores: [20, 0], shared: 0, outcome: "collectiveLoss"))
        summary.add(Self.result(3, scores: [0, 0], shared: 0))
        #expect(summary.games == 4)
        #expect(summary.wins == [2, 1])
        #expect(summary.collectiveLosses == 1)
        #expect(abs(summary.sharedScore.mean - 3) < 1e-12)
        #expect(abs(summary.scores[0].mean - 8.75) < 1e-12)
        #expect(summary.strategyScores["greedy"]?.count == 4)
        #expect(summary.seatScores[0]["greedy"]?.mean == 8.75)
        #expect(summary.seatScores[1]["sectoral"]?.mean == 2.5)
        #expect(summary.seatScores[1]["greedy"] == nil)
        #expect(summary.eventGames == ["storm": 4, "subsidie": 2])
        #expect(summary.projectGames == ["riool": 2])
        let added = summary.add(
            GameResult(
                index: 9, seed: 9, roles: ["x"], strategies: ["random"], scores: [1],
                sharedScore: 0, outcome: "completed",
                rounds: 1, groupTrust: 50, couplingsMade: 0, couplingsMissed: 0, eventsFired: 0,
                projectsStarted: 0,
                goalsReached: 0, sharedGoalsReached: 0, dilemmasDecided: 0, actions: 1,
                refusedLegalActions: 0))
        #expect(!added)
        #expect(summary.games == 4)
    }

    @Test func summariesMergeLikeOneSeries() {
        let results = (0..<20).map {
            Self.result($0, scores: [Double($0 % 7), Double($0 % 3)], shared: Double($0 % 5))
        }
        var whole = Summary(roles: ["a", "b"])
        results.forEach { whole.add($0) }
        var first = Summary(roles: ["a", "b"])
        var second = Summary(roles: [])
        results.prefix(8).forEach { first.add($0) }
        results.dropFirst(8).forEach { second.add($0) }
        let merged = first.merge(second)
        #expect(merged)
        #expect(first.games == whole.games)
        #expect(first.wins == whole.wins)
        #expect(abs(first.sharedScore.mean - whole.sharedScore.mean) < 1e-12)
        #expect(abs(first.scores[1].variance - whole.scores[1].variance) < 1e-9)
        #expect(first.eventGames == whole.eventGames && first.eventGames["subsidie"] == 10)
        #expect(first.projectGames == whole.projectGames && first.projectGames["riool"] == 7)
        #expect(first.seatScores[1]["sectoral"]?.count == 20)
        #expect(
            abs((first.seatScores[0]["greedy"]?.mean ?? 0) - whole.scores[0].mean) < 1e-12)
    }
}
