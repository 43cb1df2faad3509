import Foundation
import GameDefinition
import GameRules
import Strategies

/// Times the strategies and random playouts (one core).
enum StrategyBenchmark {
    /// Runs every part on the game at `gamePath` and random playouts on every game beside it.
    static func run(gamePath: String) {
        guard let spec = GameDefinitionReader.read(contentsOf: gamePath).spec else {
            print("strategy benchmark: cannot read \(gamePath)")
            return
        }
        print("Strategy benchmark on \(gamePath) (one core, release build expected)")
        print("")
        print("Random playouts (random strategy for every role, ready with probability 0.3):")
        let folder = URL(fileURLWithPath: gamePath).deletingLastPathComponent()
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasSuffix(".toml") }.sorted()
        for name in names {
            guard
                let other = GameDefinitionReader.read(
                    contentsOf: folder.appendingPathComponent(name).path
                ).spec
            else {
                print("  \(name): does not read")
                continue
            }
            let (games, actions, seconds) = playFor(seconds: 2, spec: other) { _ in
                other.roles.map { _ in RandomStrategy() }
            }
            print(
                String(
                    format: "  %@: %.0f games/s, %.0f actions/s (%d games, %.1f actions/game)",
                    name,
                    Double(games) / seconds, Double(actions) / seconds, games,
                    Double(actions) / Double(max(1, games))))
        }
        print("")
        print("Games per second per core, every role playing the same strategy:")
        for kind in StrategyKind.allCases {
            let budget = kind == .mcts ? 10.0 : 2.0
            let (games, actions, seconds) = playFor(seconds: budget, spec: spec) { _ in
                spec.roles.map { _ in kind.make() }
            }
            print(
                String(
                    format: "  %@: %.2f games/s (%d games, %.0f actions/game)",
                    kind.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0),
                    Double(games) / seconds, games,
                    Double(actions) / Double(max(1, games))))
        }
        print("")
        print("The strong bot's strength per seat: `swift run -c release Benchmarks strength`.")
    }

    /// Plays games with seeds 0, 1, ... for about `seconds`; games, actions and the time taken.
    static func playFor(
        seconds: Double, spec: GameSpec, lineup: (Int) -> [any Strategy]
    ) -> (games: Int, actions: Int, seconds: Double) {
        let clock = ContinuousClock()
        let start = clock.now
        var games = 0
        var actions = 0
        var elapsed = 0.0
        repeat {
            let playout = Playout(spec: spec, seed: UInt64(games), strategies: lineup(games))
            actions += playout.actions
            games += 1
            let duration = clock.now - start
            elapsed =
                Double(duration.components.seconds) + Double(duration.components.attoseconds)
                * 1e-18
        } while elapsed < seconds
        return (games, actions, elapsed)
    }
}
