import ExecBots
import Foundation
import GameRules
import Strategies
import Testing

@testable import TextInterface

/// `--years N` / `--until YEAR`: a shorter game from the same file, scored as a whole game,
/// whose save resumes and replays as the same shorter game.
@Suite("Shorter games")
struct GameLengthTests {
    @Test(
        "years and until give the number of rounds",
        arguments: [
            (GameLength.years(3), 3), (.years(6), 6), (.until(2026), 1), (.until(2029), 4),
            (.years(0), nil), (.years(7), nil), (.until(2025), nil), (.until(2032), nil),
        ] as [(GameLength, Int?)])
    func rounds(_ length: GameLength, _ rounds: Int?) throws {
        let spec = try Fixtures.example().spec
        #expect((try? length.rounds(of: spec).get()) == rounds)
    }

    @Test("the game ends after the year asked, and its save resumes to the same short game")
    func shortGameResumes() throws {
        let (spec, hash) = try Fixtures.example()
        let rounds = try GameLength.until(2028).rounds(of: spec).get()
        let bots = Dictionary(
            uniqueKeysWithValues: spec.roles.indices.map { ($0, StrategyChoice.cooperative) })
        let setup = SessionSetup(
            spec: spec, gamePath: Fixtures.examplePath, definitionHash: hash, seed: 11,
            language: .nl, bots: bots, rounds: rounds)
        let directory = try Fixtures.temporaryDirectory()
        let path = directory + "/short.jsonl"
        let writer = try SaveWriter.create(
            path: path, header: setup.header, spec: setup.spec, actions: [])
        let session = Session(setup: setup, saveWriter: writer)
        let shown = session.start().joined(separator: "\n")
        #expect(session.game.isOver)
        #expect(session.game.currentYear == 2028, "the last year played is the one asked")
        #expect(shown.contains("Alle 3 jaren zijn gespeeld."))
        #expect(!shown.contains("Jaar 2029"))

        let loaded = try SaveLoader.load(path: path, language: nil, color: false).get()
        #expect(loaded.setup.rounds == 3)
        #expect(loaded.setup.spec.rounds == 3)
        let resumed = Session(setup: loaded.setup)
        _ = resumed.start()
        #expect(resumed.game == session.game)
        #expect(ReplayView.render(loaded.setup).joined().contains("Alle 3 jaren zijn gespeeld."))
    }

    @Test("a save of a whole game has no rounds field")
    func wholeGameHeader() throws {
        let setup = try Fixtures.setup()
        #expect(setup.header.rounds == nil)
        let data = try JSONEncoder().encode(setup.header)
        #expect(!String(decoding: data, as: UTF8.self).contains("rounds"))
    }
}
