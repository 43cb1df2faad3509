import Foundation
import GameDefinition
import TextInterface

/// Dispatches `wijkspel SUBCOMMAND ...` to the command that handles it.
enum Wijkspel {
    /// Runs the command line (without the program name); returns the exit status.
    static func run(_ arguments: [String]) -> Int32 {
        guard let first = arguments.first else { return PlayCommand.run([]) }
        let rest = Array(arguments.dropFirst())
        switch first {
        case "play", "speel": return PlayCommand.run(rest)
        case "resume", "hervat": return ResumeCommand.run(rest)
        case "validate", "controleer": return validate(rest)
        case "replay", "herhaal": return ReplayCommand.run(rest)
        case "debrief", "nabespreking": return DebriefCommand.run(rest)
        case "simulate": return SimulateCommand.run(arguments: rest)
        case "randomtest": return RandomTestCommand.run(arguments: rest)
        case "merge": return MergeCommand.run(arguments: rest)
        case "balance": return BalanceCommand.run(arguments: rest)
        case "serve", "host": return ServeCommand.run(rest)
        case "join": return JoinCommand.run(rest)
        case "schema": return schema(rest)
        case "--help", "-h", "help":
            Output.out(Usage.main)
            return 0
        case "--version":
            Output.out("wijkspel 1.0")
            return 0
        default:
            if first.hasPrefix("-") || first.hasSuffix(".toml") {
                return PlayCommand.run(arguments)
            }
            Output.err("wijkspel: unknown command '\(first)'\n\n" + Usage.main)
            return 2
        }
    }

    /// `wijkspel schema`: the JSON Schema of the game format, on standard output.
    static func schema(_ arguments: [String]) -> Int32 {
        if arguments.contains("--help") || arguments.contains("-h") {
            Output.out(Usage.schema)
            return 0
        }
        guard arguments.isEmpty else {
            Output.err("wijkspel schema: takes no arguments\n\n" + Usage.schema)
            return 2
        }
        Output.out(GameSchema.text(), newline: false)
        return 0
    }

    /// `wijkspel validate GAME...`.
    static func validate(_ arguments: [String]) -> Int32 {
        if arguments.contains("--help") || arguments.contains("-h") {
            Output.out(Usage.validate)
            return 0
        }
        if let option = arguments.first(where: { $0.hasPrefix("-") }) {
            Output.err("wijkspel validate: unknown option '\(option)'\n\n" + Usage.validate)
            return 2
        }
        guard !arguments.isEmpty else {
            Output.err("wijkspel validate: name at least one game file\n\n" + Usage.validate)
            return 2
        }
        let result = Validation.run(paths: arguments, color: TerminalInfo.wantsColor)
        Output.out(result.output, newline: false)
        return result.exitCode
    }
}
