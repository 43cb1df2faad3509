import TextInterface

/// The options of `play`, `resume` and `replay`, parsed by hand.
struct Options {
    /// Words that are not options (the game or save file).
    var positional: [String] = []
    /// `--seed N`.
    var seed: UInt64?
    /// `--lang nl|en`.
    var language: Language?
    /// `--bot ROLE=STRATEGY`, in order.
    var bots: [(role: String, strategy: String)] = []
    /// `--script FILE`.
    var script: String?
    /// `--save FILE`.
    var save: String?
    /// `--years N` / `--until YEAR` (`--jaren`, `--tot`): a shorter game.
    var length: GameLength?
    /// `--results FILE`: a simulation's results file.
    var results: String?
    /// `--game N`: a game's number in a results file.
    var gameNumber: Int?
    /// `--out DIR`: where a command writes its files.
    var out: String?
    /// `--no-save`: play without a save file.
    var noSave = false
    /// `--dump-state`: print the state as JSON and stop.
    var dumpState = false
    /// `--help`.
    var help = false
    /// `--tables N`: how many tables `serve` hosts.
    var tables: Int?
    /// `--port P`: the port `serve` listens on.
    var port: Int?
    /// `--listen ADDR`: the address `serve` listens on.
    var listen: String?
    /// `--codes FILE`: where `serve` writes the join codes.
    var codes: String?
    /// `--dir DIR`: the folder of a served game.
    var directory: String?
    /// `--resume`: continue a served game.
    var resume = false
    /// `--no-console`: `serve` reads no commands from its standard input.
    var noConsole = false
    /// `--no-debrief`: `serve` writes no debrief when a table's game ends.
    var noDebrief = false

    /// A usage problem: the message.
    struct Problem: Error {
        /// What is wrong.
        var message: String
    }

    /// Why a command stops before it starts: the exit status, after the usage or an error
    /// has been printed.
    struct Exit: Error {
        /// The exit status.
        var status: Int32
    }

    /// The options of `command`, or an exit: 2 after a usage error (with `usage`), 0 after
    /// `--help`. `positionals` is how many files the command takes; `wrongCount` says so.
    static func forCommand(
        _ command: String, _ arguments: [String], allowed: Set<String>, usage: String,
        positionals: ClosedRange<Int>, wrongCount: String
    ) throws(Exit) -> Options {
        let options: Options
        do {
            options = try parse(arguments, allowed: allowed)
        } catch {
            Output.err("wijkspel \(command): \(error.message)\n\n" + usage)
            throw Exit(status: 2)
        }
        if options.help {
            Output.out(usage)
            throw Exit(status: 0)
        }
        guard positionals.contains(options.positional.count) else {
            Output.err("wijkspel \(command): \(wrongCount)\n\n" + usage)
            throw Exit(status: 2)
        }
        return options
    }

    /// Parses `arguments`; `allowed` names the options this command takes.
    static func parse(_ arguments: [String], allowed: Set<String>) throws(Problem) -> Options {
        var options = Options()
        var index = 0
        func value(_ name: String) throws(Problem) -> String {
            index += 1
            guard index < arguments.count else { throw Problem(message: "\(name) needs a value") }
            return arguments[index]
        }
        while index < arguments.count {
            var word = arguments[index]
            var inline: String?
            if word.hasPrefix("--"), let equals = word.firstIndex(of: "=") {
                inline = String(word[word.index(after: equals)...])
                word = String(word[..<equals])
            }
            if word.hasPrefix("-") && word != "-" {
                let name = word == "-h" ? "--help" : word
                guard allowed.contains(name) else {
                    throw Problem(message: "unknown option '\(word)'")
                }
                func take() throws(Problem) -> String {
                    if let inline { return inline }
                    return try value(name)
                }
                switch name {
                case "--help": options.help = true
                case "--dump-state": options.dumpState = true
                case "--no-save": options.noSave = true
                case "--seed":
                    let text = try take()
                    guard let seed = UInt64(text) else {
                        throw Problem(message: "--seed needs a whole number ≥ 0, not '\(text)'")
                    }
                    options.seed = seed
                case "--lang":
                    let text = try take()
                    guard let language = Language(code: text) else {
                        throw Problem(message: "--lang is nl or en, not '\(text)'")
                    }
                    options.language = language
                case "--bot":
                    let text = try take()
                    let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
                    guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                        throw Problem(message: "--bot needs ROLE=STRATEGY, not '\(text)'")
                    }
                    options.bots.append((parts[0], parts[1]))
                case "--years", "--jaren", "--until", "--tot":
                    let text = try take()
                    guard let number = Int(text) else {
                        throw Problem(message: "\(name) needs a whole number, not '\(text)'")
                    }
                    options.length =
                        name == "--years" || name == "--jaren" ? .years(number) : .until(number)
                case "--tables", "--tafels":
                    let text = try take()
                    guard let number = Int(text), (1...200).contains(number) else {
                        throw Problem(
                            message: "--tables needs a number from 1 to 200, not '\(text)'")
                    }
                    options.tables = number
                case "--port":
                    let text = try take()
                    guard let number = Int(text), (0...65_535).contains(number) else {
                        throw Problem(message: "--port needs a port from 0 to 65535, not '\(text)'")
                    }
                    options.port = number
                case "--listen": options.listen = try take()
                case "--codes": options.codes = try take()
                case "--dir": options.directory = try take()
                case "--resume": options.resume = true
                case "--no-console": options.noConsole = true
                case "--no-debrief": options.noDebrief = true
                case "--script": options.script = try take()
                case "--save": options.save = try take()
                case "--results": options.results = try take()
                case "--out": options.out = try take()
                case "--game":
                    let text = try take()
                    guard let number = Int(text), number >= 0 else {
                        throw Problem(message: "--game needs a game number ≥ 0, not '\(text)'")
                    }
                    options.gameNumber = number
                default: throw Problem(message: "unknown option '\(word)'")
                }
            } else {
                options.positional.append(word)
            }
            index += 1
        }
        return options
    }
}
