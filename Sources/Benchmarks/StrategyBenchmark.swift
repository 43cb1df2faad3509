import Foundation
import GameDefinition
import GameRules
import Strategies

/// Times the strategies and random playouts (one core), and shows search beating greedy.
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
            let budget = kind == .search ? 10.0 : 2.0
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
        searchVersusGreedy(spec: spec, name: "the example game", games: 200, others: .greedy)
        let richPath = folder.appendingPathComponent("wijken-van-de-toekomst.toml").path
        if let rich = GameDefinitionReader.read(contentsOf: richPath).spec {
            print("")
            searchVersusGreedy(
                spec: rich, name: "the default game", games: 40, others: .cooperative)
        }
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

    /// One role played by search, then by greedy, in the same seeded games; the others play
    /// `others`.
    static func searchVersusGreedy(spec: GameSpec, name: String, games: Int, others: StrategyKind) {
        print("Search against greedy on \(name): each role in turn played by search or by greedy,")
        print(
            "the others \(others.rawValue), the same \(games) seeds per role (both cores); own score mean ± 95% CI:"
        )
        /// The own scores of `role` played by `kind` among `others`, over the same seeds.
        func ownScores(_ role: Int, as kind: StrategyKind) -> RunningStatistic {
            var kinds = Array(repeating: others, count: spec.roles.count)
            kinds[role] = kind
            var scores = RunningStatistic()
            Tournament(
                spec: spec, lineup: .kinds(kinds), games: games, masterSeed: 2024, workers: 2
            )
            .run { scores.add($0.scores[role]) }
            return scores
        }
        var searchTotal = RunningStatistic()
        var greedyTotal = RunningStatistic()
        for role in spec.roles.indices {
            let searchScores = ownScores(role, as: .search)
            let greedyScores = ownScores(role, as: .greedy)
            searchTotal.merge(searchScores)
            greedyTotal.merge(greedyScores)
            print(
                String(
                    format: "  %@: search %.2f ± %.2f, greedy %.2f ± %.2f",
                    spec.roles[role].id.padding(toLength: 12, withPad: " ", startingAt: 0),
                    searchScores.mean,
                    searchScores.confidence95, greedyScores.mean, greedyScores.confidence95))
        }
        print(
            String(
                format: "  all roles: search %.2f ± %.2f, greedy %.2f ± %.2f", searchTotal.mean,
                searchTotal.confidence95, greedyTotal.mean, greedyTotal.confidence95))
    }
}
