import Foundation
import GameRules
import Strategies
import TestSupport
import Testing

@Suite("Parallel runner")
struct ParallelRunnerTests {
    @Test(
        "results reach the sink in the jobs' order, whatever finishes first",
        arguments: [1, 2, 4, 7])
    func resultsComeInJobOrder(workers: Int) async {
        await offPool {
            var seen: [Int] = []
            ParallelRunner.run(
                count: 60, workers: workers,
                work: { job in
                    // Early jobs take longest, so later ones finish first on other threads.
                    usleep(UInt32((60 - job) % 7) * 300)
                    return job
                },
                sink: { seen.append($0) })
            #expect(seen == Array(0..<60))
        }
    }

    @Test func aSimulatedSeriesGivesTheSameSummaryOnOneThreadOrMany() async throws {
        try await offPool {
            let spec = try #require(ExampleGame.spec)
            let lineup = Lineup.kinds([.random, .greedy, .cooperative, .sectoral])
            func summary(workers: Int) -> Summary {
                Tournament(spec: spec, lineup: lineup, games: 24, masterSeed: 5, workers: workers)
                    .summary()
            }
            #expect(summary(workers: 1) == summary(workers: 3), "equal to the last bit")
        }
    }
}
