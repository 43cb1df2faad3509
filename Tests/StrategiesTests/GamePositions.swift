import Foundation
import GameDefinition
import GameRules
import Strategies

/// Positions of real games, along which tests compare a shortcut with the plain computation.
enum GamePositions {
    /// Every game in `Games/`, by path from the package root, so a new game is checked too.
    static let games: [String] = {
        let folder = ExampleGame.root.appendingPathComponent("Games").path
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".toml") }.sorted().map { "Games/" + $0 }
    }()

    /// The rules of the game at `path`, from the package root; nil if they do not read.
    static func spec(_ path: String) -> GameSpec? {
        GameDefinitionReader.read(contentsOf: ExampleGame.root.appendingPathComponent(path).path)
            .spec
    }

    /// Plays `spec` once for each seed from 1 to `seeds`, each role by `bot(role)`, for at
    /// most `steps` decisions; `visit` sees each decision before the bot answers it, with the
    /// game, the decision's number from 1 and the game's generator.
    static func walk(
        _ spec: GameSpec, seeds: Int, steps: Int, bot: (Int) -> any Strategy,
        visit: (Decision, Game, Int, inout SeededGenerator) -> Void
    ) {
        for seed in UInt64(1)...UInt64(seeds) {
            var game = Game(spec: spec, seed: seed)
            var random = SeededGenerator(seed: seed)
            var bots = spec.roles.indices.map(bot)
            var step = 0
            while let role = game.activeRole, step < steps {
                step += 1
                let decision = Decision(game: game, role: role)
                visit(decision, game, step, &random)
                _ = game.apply(bots[role].choose(decision, using: &random))
            }
        }
    }
}
