import Foundation
import GameRules
import Strategies

/// `wijkspel simulate GAME`: a bot tournament with a summary and a streamed results file.
public enum SimulateCommand {
    /// The help text.
    public static let help = """
        usage: wijkspel simulate GAME [options]

        Plays many seeded games of GAME with bots and prints a summary per role.

        options:
          --games N               games to play (default 1000)
          --seed S                master seed; game i uses a seed derived from S and i (default 1)
          --strategy SPEC         ROLE=STRATEGY,... per role, or one STRATEGY for every role
          --default-strategy NAME strategy of roles not named in --strategy (default cooperative)
          --all-combinations      cycle through every assignment of the strategies except mcts
          --workers N             worker threads (default: the number of cores)
          --shard I/N             play only the games whose number modulo N is I (0-based)
          --out FILE              stream results as they finish: FILE.csv as CSV, else JSON Lines
          --records DIR           also write each game's whole record as a save file,
                                  DIR/game-NNNNNN.jsonl (watch it with `wijkspel replay FILE`);
                                  existing files are never overwritten
          --json                  print the summary as JSON
          --help                  show this help

        strategies:
        \(StrategyKind.allCases.map { "  \($0.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0)) \($0.summary)" }.joined(separator: "\n"))
          exec:COMMAND a bot in any language: COMMAND speaks JSON lines (docs/bots.md);
                       WIJKSPEL_BOT_TIMEOUT sets its seconds per move (default 10)

        A game in which an exec bot fails (bad answer, timeout, exit) is recorded with the
        outcome `failed` and the reason, reported on stderr, and left out of the statistics.

        exit status: 0 done, 1 the game could not be read, games stalled or failed, 2 usage
        error.
        """

    /// Runs the command; returns the exit status.
    public static func run(arguments: [String]) -> Int32 {
        SimulationArguments.runCommand("simulate") { () throws(SimulationArguments.UsageError) in
            try execute(arguments)
        }
    }

    private static func execute(_ arguments: [String]) throws(SimulationArguments.UsageError)
        -> Int32
    {
        let options = try SimulationArguments(
            arguments,
            valued: [
                "games", "seed", "strategy", "default-strategy", "workers", "shard", "out",
                "records",
            ],
            flags: ["all-combinations", "json", "help"])
        if options.has("help") {
            Console.out(help)
            return 0
        }
        let series = try options.series()
        var shard = Shard.all
        if let text = options.value("shard") {
            guard let parsed = Shard(parsing: text) else {
                throw SimulationArguments.UsageError(
                    message: "--shard must be I/N with 0 <= I < N, not `\(text)`")
            }
            shard = parsed
        }
        let fallback = try LineupParser.choice(
            options.value("default-strategy") ?? "cooperative")
        if options.has("all-combinations") && options.value("strategy") != nil {
            throw SimulationArguments.UsageError(
                message: "use either --strategy or --all-combinations")
        }
        guard let game = SimulationGameLoader.load(series.path) else { return 1 }
        let spec = game.spec
        let lineup: Lineup
        if options.has("all-combinations") {
            lineup = .allCombinations(
                of: StrategyKind.allCases.filter { $0 != .mcts }, roles: spec.roles.count)
        } else {
            let choices = try LineupParser.choices(
                options.value("strategy"), fallback: fallback, spec: spec)
            lineup = .fixed(choices.map { $0.make() })
        }
        var writer: ResultFileWriter?
        if let out = options.value("out") {
            guard let opened = ResultFileWriter(path: out) else {
                SimulationOutput.error("error: cannot write `\(out)`")
                return 1
            }
            writer = opened
        }
        var records: RecordDirectory?
        if let directory = options.value("records") {
            guard
                let opened = RecordDirectory(
                    path: directory, gamePath: GameLocator.absolute(series.path),
                    definitionHash: game.hash, spec: spec)
            else { return 1 }
            records = opened
        }
        var tournament = Tournament(
            spec: spec, lineup: lineup, games: series.games, masterSeed: series.seed,
            workers: series.workers,
            shard: shard)
        tournament.workerSpecs = WorkerSpecs(game.copies)
        var summary = Summary(roles: spec.roles.map(\.id))
        var progress = SimulationProgressBar(total: shard.size(of: series.games))
        tournament.runRecording { result, record in
            summary.add(result)
            if let failure = result.failure {
                SimulationOutput.error("game \(result.index) failed: \(failure)")
            }
            writer?.write(result)
            records?.write(result, record)
            progress.step()
        }
        progress.finish()
        writer?.close()
        if let failure = writer?.failure {
            SimulationOutput.error("error: \(failure.message)")
            return 1
        }
        if let failure = records?.failure {
            SimulationOutput.error("error: \(failure)")
            return 1
        }
        Console.out(
            options.has("json") ? SummaryTable.json(summary) : SummaryTable.render(summary),
            terminator: "")
        return summary.stalls > 0 || summary.refusedLegalActions > 0 || summary.failures > 0
            ? 1 : 0
    }
}
