import Foundation
import Strategies

/// `wijkspel merge FILE...`: the summary of results files (for example from shards).
public enum MergeCommand {
    /// The help text.
    public static let help = """
        usage: wijkspel merge FILE... [--json]

        Reads results files written by `wijkspel simulate --out` (JSON Lines or CSV, for
        example one per shard) and prints their joint summary.

        options:
          --json    print the summary as JSON
          --help    show this help

        exit status: 0 done, 1 a file could not be read or belongs to another game, 2 usage error.
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
        var summary = Summary(roles: [])
        var status: Int32 = 0
        for path in options.positional {
            guard let data = FileManager.default.contents(atPath: path) else {
                SimulationOutput.error("error: cannot read `\(path)`")
                status = 1
                continue
            }
            let text = String(decoding: data, as: UTF8.self)
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false)
                .enumerated()
            {
                if line.trimmingCharacters(in: .whitespaces).isEmpty || line.hasPrefix("index,") {
                    continue
                }
                guard let result = ResultFileFormat.parse(line) else {
                    SimulationOutput.error("\(path):\(number + 1): error: not a game result")
                    status = 1
                    continue
                }
                if !summary.add(result) {
                    SimulationOutput.error(
                        "\(path):\(number + 1): error: a result of another game (other roles)")
                    status = 1
                }
            }
        }
        Console.out(
            options.has("json") ? SummaryTable.json(summary) : SummaryTable.render(summary),
            terminator: "")
        return status
    }
}
