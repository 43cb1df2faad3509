import ExecBots
import Foundation
import GameRules
import Strategies
import TestSupport
import Testing

/// Well-behaved bots play whole games, the same again with the same seeds, and one process
/// serves many games.
@Suite(.timeLimit(.minutes(2)))
struct BotPlayTests {
    /// Plays `games` games with a seeded random bot in every seat.
    static func series(_ command: String, games: Int, workers: Int) throws -> [GameResult] {
        let spec = try #require(TestBots.spec)
        let strategies: [any Strategy] = spec.roles.map { _ in
            ExecStrategy(command: command, settings: TestBots.settings)
        }
        var results: [GameResult] = []
        Tournament(
            spec: spec, lineup: .fixed(strategies), games: games, masterSeed: 9,
            workers: workers
        ).run { results.append($0) }
        return results
    }

    @Test("a scripted bot plays whole games, and a rerun with the same seed is the same")
    func playsAndReplays() async throws {
        try await offPool(in: TestBots.slots) {
            let command = TestBots.python(
                "seeded",
                """
                ready = [a for a in message["actions"] if a["action"]["kind"] == "ready"]
                if ready and rng.random() < 0.5:
                    print(json.dumps({"action": ready[0]["id"], "note": "done"}))
                else:
                """ + "\n"
                    + TestBots.randomAnswer.split(separator: "\n").map { "    " + $0 }
                    .joined(separator: "\n"))
            let first = try BotPlayTests.series(command, games: 4, workers: 2)
            let again = try BotPlayTests.series(command, games: 4, workers: 1)
            #expect(first.count == 4)
            #expect(first.allSatisfy { !$0.failed && !$0.stalled && $0.failure == nil })
            #expect(first.allSatisfy { $0.actions > 50 })
            #expect(first == again)
        }
    }

    @Test("one process hears hello once per game and sees its input close at the end")
    func oneProcessManyGames() async throws {
        try await offPool(in: TestBots.slots) {
            let log = TestBots.folder + "/hellos-\(UUID().uuidString).txt"
            let path = TestBots.folder + "/counting.py"
            let source = """
                import json, random, sys
                hellos = []
                for line in sys.stdin:
                    message = json.loads(line)
                    if message["type"] == "hello":
                        hellos.append(message["gameNumber"])
                        continue
                    rng = random.Random(message["seed"])
                    print(json.dumps({"action": rng.choice(message["actions"])["id"]}))
                    sys.stdout.flush()
                open(sys.argv[1], "w").write(" ".join(map(str, hellos)))
                """
            #expect(FileManager.default.createFile(atPath: path, contents: Data(source.utf8)))
            let spec = try #require(TestBots.spec)
            var strategies: [any Strategy] = spec.roles.map { _ in CooperativeStrategy() }
            strategies[1] = ExecStrategy(
                command: "python3 \(path) \(log)", settings: TestBots.settings)
            let summary = Tournament(
                spec: spec, lineup: .fixed(strategies), games: 3, workers: 1
            ).summary()
            strategies = []
            #expect(summary.failures == 0)
            #expect(summary.games == 3)
            let written = try String(contentsOfFile: log, encoding: .utf8)
            #expect(written == "1 2 3")
        }
    }

    @Test("a bot is sent each entry of the public history once, in order")
    func historyArrivesInIncrements() async throws {
        try await offPool(in: TestBots.slots) {
            let log = TestBots.folder + "/history-\(UUID().uuidString).json"
            let path = TestBots.folder + "/history.py"
            let source = """
                import json, sys
                kept, gaps = [], 0
                for line in sys.stdin:
                    message = json.loads(line)
                    if message["type"] != "decision":
                        continue
                    if message["historyStart"] != len(kept):
                        gaps += 1
                    kept += message["history"]
                    ready = [a["id"] for a in message["actions"] if a["action"]["kind"] == "ready"]
                    print(json.dumps({"action": ready[0]}))
                    sys.stdout.flush()
                json.dump({"gaps": gaps, "history": kept}, open(sys.argv[1], "w"))
                """
            #expect(FileManager.default.createFile(atPath: path, contents: Data(source.utf8)))
            let spec = try #require(TestBots.spec)
            var history: [HistoryEntry] = []
            do {
                var strategies: [any Strategy] = spec.roles.map { _ in CooperativeStrategy() }
                strategies[1] = ExecStrategy(
                    command: "python3 \(path) \(log)", settings: TestBots.settings)
                let playout = Playout(spec: spec, seed: 5, strategies: strategies)
                #expect(playout.failure == nil)
                #expect(playout.game.isOver)
                history = playout.game.state.history
            }
            struct Kept: Decodable {
                var gaps: Int
                var history: [HistoryEntry]
            }
            let kept = try JSONDecoder().decode(
                Kept.self, from: Data(contentsOf: URL(fileURLWithPath: log)))
            #expect(kept.gaps == 0)
            #expect(kept.history.count > 10)
            #expect(Array(history.prefix(kept.history.count)) == kept.history)
        }
    }
}
