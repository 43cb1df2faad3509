import Foundation
import GameDefinition
import GameRules
import Strategies
import Testing

/// The same generic checks, run on every game in `Games/`.
@Suite("Every game in Games/")
struct EveryGameTests {
    static let playouts = 300

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
            var game = Game(spec: spec, seed: seed)
            var record = GameRecord(definitionHash: "x", seed: seed)
            var chooser = SeededGenerator(seed: seed &+ 99)
            let limit = spec.rounds * spec.phases.count * spec.roles.count * (Game.actionLimit + 4)
            while let role = game.activeRole, record.actions.count < limit {
                let legal = game.legalActions(for: role)
                let action =
                    chooser.chance(0.25)
                    ? Action.ready(role: role) : legal[chooser.below(legal.count)]
                guard case .success = game.apply(action) else {
                    Issue.record("\(name) seed \(seed): legal action refused: \(action)")
                    return
                }
                record.actions.append(action)
                let problems = Invariants.violations(of: game)
                guard problems.isEmpty else {
                    Issue.record("\(name) seed \(seed): \(problems)")
                    return
                }
            }
            #expect(game.isOver, "\(name) seed \(seed) did not end")
            if seed % 25 == 0 {
                #expect(try record.replay(on: spec).get() == game, "\(name) seed \(seed) replays")
            }
        }
    }

    @Test(arguments: GameFiles.names)
    func aMidGameStateSurvivesJSON(name: String) throws {
        let spec = try #require(GameFiles.spec(name))
        var game = Game(spec: spec, seed: 17)
        var chooser = SeededGenerator(seed: 5)
        for _ in 0..<200 {
            guard let role = game.activeRole else { break }
            let legal = game.legalActions(for: role)
            _ = game.apply(legal[chooser.below(legal.count)])
        }
        let data = try JSONEncoder().encode(game)
        #expect(try JSONDecoder().decode(Game.self, from: data) == game)
    }
}
