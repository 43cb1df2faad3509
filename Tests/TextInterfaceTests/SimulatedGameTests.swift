import Foundation
import GameRules
import Strategies
import Testing

@testable import TextInterface

/// `wijkspel replay --results FILE --game N`: a simulated game, watched turn by turn.
@Suite("A simulated game can be watched")
struct SimulatedGameTests {
    /// Writes the results of `games` simulated games of the example game to a file.
    static func results(games: Int, csv: Bool = false) throws -> String {
        let (spec, _) = try Fixtures.example()
        let path =
            NSTemporaryDirectory() + "wijkspel-results-\(UUID().uuidString)"
            + (csv ? ".csv" : ".jsonl")
        let writer = try #require(ResultFileWriter(path: path))
        let lineup = Lineup.allCombinations(
            of: [.cooperative, .sectoral, .reciprocal, .greedy, .random], roles: spec.roles.count)
        Tournament(spec: spec, lineup: lineup, games: games, masterSeed: 3, workers: 1)
            .run { writer.write($0) }
        writer.close()
        return path
    }

    static func setup(_ path: String, game: Int) throws -> Result<
        SessionSetup, SimulatedGame.Problem
    > {
        let (spec, hash) = try Fixtures.example()
        return SimulatedGame.setup(
            results: path, game: game, spec: spec, gamePath: Fixtures.examplePath,
            definitionHash: hash, language: .en, color: false)
    }

    @Test(arguments: [false, true])
    func aReplayedGameHasTheRecordAndScoresOfItsResultsLine(csv: Bool) throws {
        let path = try Self.results(games: 12, csv: csv)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let (spec, _) = try Fixtures.example()
        for number in [0, 5, 11] {
            let setup = try Self.setup(path, game: number).get()
            let data = try #require(FileManager.default.contents(atPath: path))
            let line = try #require(
                String(decoding: data, as: UTF8.self).split(separator: "\n")
                    .compactMap(ResultFileFormat.parse).first { $0.index == number })
            let table = Table.replaying(spec: spec, seed: setup.seed, actions: setup.actions).table
            #expect(setup.seed == line.seed)
            #expect(setup.actions.count == line.actions)
            #expect(spec.roles.indices.map { table.game.score(of: $0) } == line.scores)
            #expect(table.game.sharedScore == line.sharedScore)
            let shown = ReplayView.render(setup)
            #expect(shown.contains { $0.contains("\(line.seed)") }, "the replay names the seed")
        }
    }

    @Test func problemsNameTheFileAndLine() throws {
        let path = try Self.results(games: 3)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let data = try #require(FileManager.default.contents(atPath: path))
        let text = String(decoding: data, as: UTF8.self)
        let tampered = path + ".tampered"
        let changed = text.split(separator: "\n").enumerated().map { offset, line in
            offset == 1
                ? line.replacingOccurrences(of: "\"sharedScore\":", with: "\"sharedScore\":1")
                : String(line)
        }.joined(separator: "\n")
        try Data(changed.utf8).write(to: URL(fileURLWithPath: tampered))
        defer { try? FileManager.default.removeItem(atPath: tampered) }
        let unknown = path + ".unknown"
        try Data(text.replacingOccurrences(of: "\"cooperative\"", with: "\"clever\"").utf8)
            .write(to: URL(fileURLWithPath: unknown))
        defer { try? FileManager.default.removeItem(atPath: unknown) }
        let cases: [(file: String, game: Int, expected: String)] = [
            ("/nonexistent/results.jsonl", 0, "/nonexistent/results.jsonl: cannot read"),
            (path, 99, "\(path): no game number 99"),
            (tampered, 1, "\(tampered):2: played again"),
            (unknown, 0, "\(unknown):1: unknown strategy `clever`"),
        ]
        for test in cases {
            guard case .failure(let problem) = try Self.setup(test.file, game: test.game) else {
                Issue.record("\(test.file) game \(test.game) should fail")
                continue
            }
            #expect(problem.message.hasPrefix(test.expected), "\(problem.message)")
        }
    }

    @Test func recordsWrittenBySimulateLoadAsSavesWithTheSameScores() throws {
        let (spec, hash) = try Fixtures.example()
        let directory = try Fixtures.temporaryDirectory() + "/records"
        var records = try #require(
            RecordDirectory(
                path: directory, gamePath: Fixtures.examplePath, definitionHash: hash, spec: spec))
        var results: [GameResult] = []
        let lineup = Lineup.kinds([.greedy, .reciprocal, .cooperative, .sectoral])
        Tournament(spec: spec, lineup: lineup, games: 4, masterSeed: 9, workers: 2)
            .runRecording { result, record in
                results.append(result)
                records.write(result, record)
            }
        #expect(records.failure == nil)
        for result in results {
            let loaded = try SaveLoader.load(
                path: records.file(of: result.index), language: nil, color: false
            ).get()
            #expect(!loaded.damaged)
            #expect(loaded.setup.seed == result.seed)
            #expect(loaded.setup.actions.count == result.actions)
            let table = Table.replaying(
                spec: spec, seed: loaded.setup.seed, actions: loaded.setup.actions
            ).table
            #expect(spec.roles.indices.map { table.game.score(of: $0) } == result.scores)
        }
        records.write(results[0], GameRecord(definitionHash: hash, seed: 1))
        #expect(records.failure?.contains("[exists]") == true, "never over an existing file")
    }
}
