import Foundation
import GameDefinition
import GameRules
import Strategies

/// The table of the speed issue, row by row, each measured now with its floor beside it.
enum SpeedBenchmark {
    /// The example game and the default game.
    static let examplePath = "Games/voorbeeld.toml"
    static let defaultPath = "Games/wijken-van-de-toekomst.toml"

    /// Measures every row; `balanceGames` games per line-up stand in for the balance's 2,000.
    static func run(balanceGames: Int = 200) {
        guard let example = GameDefinitionReader.read(contentsOf: examplePath).spec,
            let rich = GameDefinitionReader.read(contentsOf: defaultPath).spec
        else {
            print("speed: run from the package folder (Games/ not found)")
            return
        }
        print("Speed table (release build; one core unless a row says otherwise)")
        print("| measure | now | floor |")
        print("| --- | --- | --- |")
        for (name, spec, floor) in [
            ("example game", example, 2_000_000.0), ("default game", rich, 1_500_000),
        ] {
            let (games, actions, seconds) = StrategyBenchmark.playFor(seconds: 2, spec: spec) {
                _ in spec.roles.map { _ in RandomStrategy() }
            }
            row(
                "random playouts, \(name)",
                String(
                    format: "%.0f games/s, %.0fk actions/s", Double(games) / seconds,
                    Double(actions) / seconds / 1000),
                floor: String(format: ">= %.1fM actions/s", floor / 1e6))
        }
        for kind in [StrategyKind.cooperative, .reciprocal, .greedy] {
            let (games, _, seconds) = StrategyBenchmark.playFor(seconds: 2, spec: example) { _ in
                example.roles.map { _ in kind.make() }
            }
            row(
                "\(kind.rawValue) on the example game",
                String(format: "%.0f games/s", Double(games) / seconds), floor: ">= 2,000")
        }
        balance(rich, games: balanceGames)
        scaled()
        repeatedDilemma()
        if let ratio = TOMLBenchmark.ratio() {
            row(
                "TOML parse, 4 MB file, against tomllib", String(format: "%.1fx", ratio),
                floor: ">= 25x")
        }
        row(
            "`swift test` test run (after the build)", "see the time `.ci/run` prints",
            floor: "<= 45 s")
    }

    /// Prints one row of the table.
    static func row(_ measure: String, _ now: String, floor: String) {
        print("| \(measure) | \(now) | \(floor) |")
    }

    /// The line-ups of `wijkspel balance` (without the strong bot) on two cores, scaled to
    /// 24,000 games.
    static func balance(_ spec: GameSpec, games: Int) {
        let plan = BalancePlan(roles: spec.roles.map(\.id), games: games, strongGames: 0)
        var check = BalanceCheck(spec: spec, plan: plan, masterSeed: 2026, workers: 2)
        check.workerSpecs = WorkerSpecs {
            GameDefinitionReader.read(contentsOf: defaultPath).spec ?? spec
        }
        let start = DispatchTime.now().uptimeNanoseconds
        _ = check.run(make: { StrategyKind(name: $0)?.make() ?? RandomStrategy() }, progress: {})
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let total = check.totalGames
        row(
            "balance of the default game, 24,000 games, 2 cores",
            String(
                format: "`wijkspel balance` without mcts: %.1f s for %d games in %d line-ups, "
                    + "so %.0f s for 24,000",
                seconds, total, plan.lines.count, seconds * 24_000 / Double(total)),
            floor: "<= 30 s")
    }

    /// One game of four heuristic bots on generated games of 300, 1,000 and 3,000 projects;
    /// a size is skipped once the one before it took more than `patience` seconds.
    static func scaled(patience: Double = 5) {
        var times: [(projects: Int, seconds: Double, moves: Int)] = []
        for projects in [300, 1_000, 3_000] {
            if let last = times.last, last.seconds > patience {
                row(
                    "one bot game, \(projects) projects",
                    String(format: "not run: %d projects took %.1f s", last.projects, last.seconds),
                    floor: "<= 2 s for 3,000")
                break
            }
            let read = GameDefinitionReader.read(
                source: ScaledGame.toml(projects: projects), file: "scaled.toml")
            guard let spec = read.spec else {
                print("  the scaled game does not read: \(read.diagnostics.first?.headline ?? "")")
                return
            }
            let kinds: [StrategyKind] = [.cooperative, .sectoral, .reciprocal, .greedy]
            let start = DispatchTime.now().uptimeNanoseconds
            let playout = Playout(spec: spec, seed: 1, strategies: kinds.map { $0.make() })
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            times.append((projects, seconds, playout.actions))
            row(
                "one bot game, \(projects) projects",
                String(
                    format: "%.2f s, %d moves, %.0f µs a move", seconds, playout.actions,
                    seconds / Double(max(1, playout.actions)) * 1e6),
                floor: projects == 3_000 ? "<= 2 s" : "(growth below)")
        }
        if times.count >= 2 {
            let (small, large) = (times[times.count - 2], times[times.count - 1])
            let size = Double(large.projects) / Double(small.projects)
            let moves = Double(large.moves) / Double(max(1, small.moves))
            // The generated game's budgets grow with it, so its moves do too: the time is
            // the moves times the time a move takes, and each move looks at the projects.
            row(
                "growth from \(small.projects) to \(large.projects) projects",
                String(
                    format: "%.1fx the time for %.1fx the projects: %.1fx the moves, each %.1fx",
                    large.seconds / small.seconds, size, moves,
                    large.seconds / small.seconds / moves),
                floor: String(format: "near %.1fx (linear)", size))
        }
    }

    /// A two-role repeated prisoner's dilemma of 200 rounds, played by a reciprocal and a
    /// sectoral bot, and by two random players for comparison.
    static func repeatedDilemma() {
        let path = "Tests/GameDefinitionTests/Fixtures/prisoners-dilemma.toml"
        guard let text = try? String(contentsOfFile: path, encoding: .utf8),
            let spec = GameDefinitionReader.read(
                source: text.replacingOccurrences(of: "rounds     = 5", with: "rounds = 200"),
                file: path
            ).spec, spec.rounds == 200
        else {
            print("  the repeated dilemma (\(path)) does not read with 200 rounds")
            return
        }
        let (games, actions, seconds) = StrategyBenchmark.playFor(seconds: 2, spec: spec) { _ in
            [ReciprocalStrategy(), SectoralStrategy()]
        }
        // The same game between random players: what the rules alone allow.
        let (randomGames, randomActions, randomSeconds) = StrategyBenchmark.playFor(
            seconds: 2, spec: spec
        ) { _ in [RandomStrategy(), RandomStrategy()] }
        row(
            "a two-role repeated dilemma, 200 rounds",
            String(
                format: "%.0f matches/s (%.0f moves a match, %.0fk moves/s); random players "
                    + "%.0f matches/s (%.0fk moves/s)",
                Double(games) / seconds, Double(actions) / Double(max(1, games)),
                Double(actions) / seconds / 1000, Double(randomGames) / randomSeconds,
                Double(randomActions) / randomSeconds / 1000),
            floor: ">= 10,000 matches/s")
    }
}
