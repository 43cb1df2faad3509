import Foundation
import Strategies

/// `wijkspel randomtest GAME`: random playouts looking for crashes, stalls and dead parts.
public enum RandomTestCommand {
    /// The help text.
    public static let help = """
        usage: wijkspel randomtest GAME [--games N] [--seed S] [--workers N] [--strategy SPEC]
                                       [--json]

        Plays GAME many times with random and biased-random bots, checking after every action
        that budgets, trust, slots, variables and funds stay within their rules and that every
        game replays exactly from its record, and reports crashes (legal actions refused),
        broken invariants, games that do not end, and events, projects, goals, dilemmas and
        couplings that never happened. The verdict is `ok` when nothing is reported, `check`
        when the game runs but some parts never happened, and `BROKEN` otherwise.

        options:
          --games N      games to play (default 1000)
          --seed S       master seed (default 1)
          --workers N    worker threads (default: the number of cores)
          --strategy SPEC  ROLE=STRATEGY,...: these roles play this strategy in every game
                         (a built-in one or exec:COMMAND, docs/bots.md), the rest random;
                         a game in which an exec bot fails makes the verdict BROKEN
          --json         print the report as JSON
          --help         show this help

        exit status: 0 ok or check, 1 broken (or the game could not be read, or a bot
        failed), 2 usage error.
        """

    /// Runs the command; returns the exit status.
    public static func run(arguments: [String]) -> Int32 {
        SimulationArguments.runCommand("randomtest") { () throws(SimulationArguments.UsageError) in
            try execute(arguments)
        }
    }

    private static func execute(_ arguments: [String]) throws(SimulationArguments.UsageError)
        -> Int32
    {
        let options = try SimulationArguments(
            arguments, valued: ["games", "seed", "workers", "strategy"], flags: ["json", "help"])
        if options.has("help") {
            Console.out(help)
            return 0
        }
        let series = try options.series()
        guard let game = SimulationGameLoader.load(series.path) else { return 1 }
        var test = RandomTest(
            spec: game.spec, games: series.games, masterSeed: series.seed, workers: series.workers)
        test.workerSpecs = WorkerSpecs(game.copies)
        if let text = options.value("strategy") {
            for (role, choice) in try LineupParser.seats(text, spec: game.spec) {
                test.seats[role] = choice.make()
            }
        }
        let report = test.run()
        if options.has("json") {
            Console.out(SimulationOutput.json(report), terminator: "")
        } else {
            Console.out(report.lines.joined(separator: "\n"))
        }
        return report.isBroken ? 1 : 0
    }
}
