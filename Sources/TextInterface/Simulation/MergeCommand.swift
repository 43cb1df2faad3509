import Foundation
import Strategies

/// `wijkspel merge FILE...`: the summary of results files (for example from shards).
public enum MergeCommand {
    /// The help text.
    public static let help = """
        usage: wijkspel merge FILE... [--json]

        Reads results files written by `wijkspel simulate --out` (JSON Lines or CSV, for
        example one per shard) and prints their joint summary. Nothing is merged when a game
        would count twice (one file given twice, or the JSON Lines and the CSV of one run), a
        line is cut off (a run that stopped while writing), or a line is not a result.

        options:
          --json    print the summary as JSON
          --help    show this help

        exit status: 0 done, 1 a file could not be read, counts a game twice, is cut off or belongs
        to another game (nothing merged), 2 usage error.
        """

    /// Runs the command; returns the exit status.
    public static func run(arguments: [String]) -> Int32 {
        SimulationArguments.runCommand("merge") { () throws(SimulationArguments.UsageError) in
            try execute(arguments)
        }
    }

    private static func execute(_ arguments: [String]) throws(SimulationArguments.UsageError)
        -> Int32
    {
        let options = try SimulationArguments(arguments, valued: [], flags: ["json", "help"])
        if options.has("help") {
            Console.out(help)
            return 0
        }
        guard !options.positional.isEmpty else {
            throw SimulationArguments.UsageError(message: "expected at least one results file")
        }
        var merger = ResultMerger()
        var status: Int32 = 0
        for path in options.positional {
            guard let data = FileManager.default.contents(atPath: path) else {
                SimulationOutput.error("error: cannot read `\(path)`")
                status = 1
                continue
            }
            merger.add(path: path, data: data)
        }
        for problem in merger.problems { SimulationOutput.error(problem) }
        guard merger.problems.isEmpty, status == 0 else {
            SimulationOutput.error("merge: nothing merged; fix the files above and merge again")
            return 1
        }
        let summary = merger.summary
        Console.out(
            options.has("json") ? SummaryTable.json(summary) : SummaryTable.render(summary),
            terminator: "")
        return 0
    }
}
