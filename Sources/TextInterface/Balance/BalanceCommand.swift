import ExecBots
import Foundation
import GameRules
import Strategies

/// `wijkspel balance GAME`: plays the line-ups a designer needs and judges whether the game
/// is a dilemma that teaches cooperation.
public enum BalanceCommand {
    /// The help text.
    public static let help = """
        usage: wijkspel balance GAME [options]

        Plays GAME with many line-ups of bots and gives verdicts, each with its numbers and
        95% intervals:
          cooperation   the all-cooperative table beats the all-sectoral one on the shared score
          temptation    per seat: the best deviation from an all-cooperative table (sectoral,
                        greedy, or the strong bot mcts) gains privately and lowers the shared score
          assurance     per seat: a lone cooperator among sectoral players loses against
                        cooperating with cooperators
          dominance     no strategy is best in every seat (over all combinations)
          dead-content  every event, project, goal, dilemma, coupling and instrument happens
                        in some game
        A verdict holds, fails, or is unclear (more games needed). Then the tables: every
        line-up's scores, the strategies by seat, and how often each piece of content happened.

        options:
          --games N          games per line-up (default 1000)
          --strong-games N   games per line-up with the strong bot in a seat (default 40;
                             0 leaves the strong bot out)
          --seed S           master seed; every line-up's seed is derived from S and the
                             line-up's name, so the same S gives the same report (default 1)
          --strategy SPEC    also try a strategy as a deviation: NAME for every seat, or
                             ROLE=NAME,...; NAME is a built-in strategy or exec:COMMAND
          --format F         text (default), markdown or json
          --strict           exit 1 when a verdict does not hold (for a game's CI)
          --workers N        worker threads (default: the number of cores)
          --help             show this help

        exit status: 0 done, 1 the game could not be read, games stalled or failed, or (with
        --strict) a verdict does not hold, 2 usage error.
        """

    /// The output formats.
    enum Format: String, CaseIterable {
        case text, markdown, json
    }

    /// Runs the command; returns the exit status.
    public static func run(arguments: [String]) -> Int32 {
        SimulationArguments.runCommand("balance") { () throws(SimulationArguments.UsageError) in
            try execute(arguments)
        }
    }

    private static func execute(_ arguments: [String]) throws(SimulationArguments.UsageError)
        -> Int32
    {
        let options = try SimulationArguments(
            arguments, valued: ["games", "strong-games", "seed", "strategy", "format", "workers"],
            flags: ["strict", "help"])
        if options.has("help") {
            Console.out(help)
            return 0
        }
        let series = try options.series()
        let strongGames = try options.integer("strong-games", default: 40, in: 0...100_000_000)
        let formatName = options.value("format") ?? Format.text.rawValue
        guard let format = Format(rawValue: formatName.lowercased()) else {
            throw SimulationArguments.UsageError(
                message: "--format must be text, markdown or json, not `\(formatName)`")
        }
        guard let game = SimulationGameLoader.load(series.path) else { return 1 }
        let extras = try self.extras(options.value("strategy"), spec: game.spec)
        let plan = BalancePlan(
            roles: game.spec.roles.map(\.id), games: series.games, strongGames: strongGames,
            extras: extras)
        var check = BalanceCheck(
            spec: game.spec, plan: plan, masterSeed: series.seed, workers: series.workers)
        check.workerSpecs = WorkerSpecs(game.copies)
        var progress = SimulationProgressBar(total: check.totalGames)
        let report = check.run(
            make: { StrategyChoice(name: $0)?.make() ?? RandomStrategy() },
            progress: { progress.step() })
        progress.finish()
        switch format {
        case .text:
            Console.out(BalanceDocument(report: report, path: series.path).text(), terminator: "")
        case .markdown:
            Console.out(
                BalanceDocument(report: report, path: series.path).markdown(), terminator: "")
        case .json:
            Console.out(BalanceJSON(report: report, path: series.path).text(), terminator: "")
        }
        if report.brokenGames > 0 {
            SimulationOutput.error(
                "error: \(report.brokenGames) games stalled or failed (see `wijkspel simulate`)")
            return 1
        }
        if options.has("strict") && !report.passed {
            let failing = report.verdicts.filter { $0.status != .holds }.map(\.title)
            SimulationOutput.error(
                "balance: not every verdict holds: " + failing.joined(separator: ", "))
            return 1
        }
        return 0
    }

    /// The extra strategies `--strategy` names: one for every seat, or per role.
    private static func extras(_ text: String?, spec: GameSpec)
        throws(SimulationArguments.UsageError) -> [BalancePlan.Extra]
    {
        guard let text, !text.isEmpty else { return [] }
        if LineupParser.namesEverySeat(text) {
            return [BalancePlan.Extra(seat: nil, strategy: try LineupParser.choice(text).name)]
        }
        return try LineupParser.seats(text, spec: spec).sorted { $0.key < $1.key }.map {
            BalancePlan.Extra(seat: $0.key, strategy: $0.value.name)
        }
    }
}
