import Foundation
import GameDefinition
import GameRules
import Strategies
import TestSupport
import Testing

/// The same generic checks, run on every game in `Games/`.
@Suite("Every game in Games/")
struct EveryGameTests {
    static let playouts = TestScale.count(quick: 30, full: 1_000)

    @Test func thereAreGames() {
        #expect(GameFiles.names.contains("voorbeeld.toml"))
    }

    @Test(arguments: GameFiles.names)
    func validatesWithoutErrorsOrWarnings(name: String) {
        let result = GameDefinitionReader.read(
            contentsOf: GameFiles.root.appendingPathComponent("Games/\(name)").path)
        #expect(result.spec != nil)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.headline))")
    }

    @Test(arguments: GameFiles.names)
    func randomPlayoutsEndKeepInvariantsAndReplay(name: String) throws {
        let spec = try #require(GameFiles.spec(name))
        for seed in 0..<UInt64(Self.playouts) {
            var problems: [String] = []
            let bots = spec.roles.map { _ in RandomStrategy(readyChance: 0.25) as any Strategy }
            let playout = Playout(spec: spec, seed: seed, strategies: bots) { game, action in
                guard problems.isEmpty else { return }
                problems = Invariants.violations(of: game).map { "after \(action): \($0)" }
            }
            #expect(problems.isEmpty, "\(name) seed \(seed): \(problems)")
            #expect(playout.refusedLegalActions == 0, "\(name) seed \(seed): legal action refused")
            #expect(playout.game.isOver, "\(name) seed \(seed) did not end")
            if seed % 25 == 0 {
                let replayed = Table.replaying(
                    spec: spec, seed: seed, actions: playout.table.record.actions)
                #expect(replayed.failure == nil)
                #expect(replayed.table.game == playout.game, "\(name) seed \(seed) replays")
            }
        }
    }

    @Test(arguments: GameFiles.names)
    func aMidGameStateSurvivesJSON(name: String) throws {
        let spec = try #require(GameFiles.spec(name))
        let bots = spec.roles.map { _ in RandomStrategy(readyChance: 0.1) as any Strategy }
        let game = Playout(spec: spec, seed: 17, strategies: bots, cap: 200).game
        let data = try JSONEncoder().encode(game)
        #expect(try JSONDecoder().decode(Game.self, from: data) == game)
    }
}
