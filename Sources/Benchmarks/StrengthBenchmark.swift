import Foundation
import GameDefinition
import GameRules
import Strategies

/// The strong bot's strength: per seat, its mean score against the best built-in strategy
/// in the same seat, among an all-cooperative and an all-sectoral table, over the same
/// seeded games; and what its thinking costs.
enum StrengthBenchmark {
    /// The built-in strategies it is measured against (random is never the best).
    static let builtins: [StrategyKind] = [.sectoral, .cooperative, .reciprocal, .greedy]
    /// The tables the seat is played in.
    static let tables: [StrategyKind] = [.cooperative, .sectoral]

    /// Plays `games` games per seat, table and strategy on the game at `gamePath`, with the
    /// strong bot at `iterations` rollouts per candidate; only the seat `only` when given.
    static func run(gamePath: String, games: Int, iterations: Int, only: String? = nil) {
        guard let spec = GameDefinitionReader.read(contentsOf: gamePath).spec else {
            print("strength benchmark: cannot read \(gamePath)")
            return
        }
        let strong = MonteCarloStrategy(budget: .iterations(iterations))
        print("Strength of mcts on \(gamePath): \(games) seeded games per cell (master seed 2024),")
        print(
            "\(iterations) rollouts per candidate (\(strong.candidates.map(\.rawValue).joined(separator: ", "))) per round; two workers."
        )
        print("Own score, mean ± 95% interval; diff is mcts minus the best, paired by seed.")
        var thinking = 0.0
        var strongGames = 0
        for table in tables {
            print("")
            print("Among all-\(table.rawValue):")
            print(
                "  seat          best built-in            mcts            diff          verdict")
            for role in spec.roles.indices where only == nil || spec.roles[role].id == only {
                var best: (kind: StrategyKind, scores: [Double])?
                for kind in builtins {
                    let scores = play(spec, role: role, as: kind.make(), among: table, games: games)
                    if best == nil || mean(scores) > mean(best!.scores) { best = (kind, scores) }
                }
                let start = clock()
                let mine = play(spec, role: role, as: strong, among: table, games: games)
                thinking += Double(clock() - start) / Double(CLOCKS_PER_SEC)
                strongGames += games
                let difference = zip(mine, best!.scores).map { $0 - $1 }
                let (low, high) = interval(difference)
                let verdict = high < 0 ? "weaker" : low > 0 ? "stronger" : "as strong"
                print(
                    String(
                        format: "  %@ %@ %5.1f ± %4.1f   %5.1f ± %4.1f   %+5.1f ± %4.1f   %@",
                        pad(spec.roles[role].id, 13), pad(best!.kind.rawValue, 11),
                        mean(best!.scores), half(best!.scores), mean(mine), half(mine),
                        mean(difference), half(difference), verdict))
            }
        }
        // Processor time of the whole process (both workers), so other load does not count.
        let perGame = thinking / Double(max(1, strongGames))
        print("")
        print(
            String(
                format:
                    "Cost: %.2f s of processor time per game with mcts in one seat, %.0f ms per search (one per round, %d rounds; the other seats' moves are a small part).",
                perGame, 1000 * perGame / Double(max(1, spec.rounds)), spec.rounds))
    }

    /// The own scores of `role` played by `strategy` among `table`, by game index.
    static func play(
        _ spec: GameSpec, role: Int, as strategy: any Strategy, among table: StrategyKind,
        games: Int
    ) -> [Double] {
        var strategies = spec.roles.map { _ in table.make() }
        strategies[role] = strategy
        var scores = Array(repeating: 0.0, count: games)
        Tournament(
            spec: spec, lineup: .fixed(strategies), games: games, masterSeed: 2024, workers: 2
        ).run { scores[$0.index] = $0.scores[role] }
        return scores
    }

    private static func mean(_ values: [Double]) -> Double {
        statistic(values).mean
    }

    private static func half(_ values: [Double]) -> Double {
        statistic(values).confidence95
    }

    private static func interval(_ values: [Double]) -> (Double, Double) {
        let statistic = statistic(values)
        return (statistic.mean - statistic.confidence95, statistic.mean + statistic.confidence95)
    }

    private static func statistic(_ values: [Double]) -> RunningStatistic {
        var statistic = RunningStatistic()
        for value in values { statistic.add(value) }
        return statistic
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text.padding(toLength: width, withPad: " ", startingAt: 0)
    }
}
