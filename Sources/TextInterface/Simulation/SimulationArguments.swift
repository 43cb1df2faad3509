/// A small scanner for the options of the simulation commands: `--name value`,
/// `--name=value`, flags and positional arguments.
struct SimulationArguments {
    /// Why the arguments could not be read; the command exits with status 2.
    struct UsageError: Error, Equatable {
        /// What was wrong, for the message.
        var message: String
    }

    /// Positional arguments, in order.
    private(set) var positional: [String] = []
    private var values: [String: String] = [:]
    private var flags: Set<String> = []

    /// Reads `arguments`; `valued` names the options that take a value, `known` the flags.
    init(_ arguments: [String], valued: Set<String>, flags known: Set<String>) throws(UsageError) {
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            guard argument.hasPrefix("--"), argument.count > 2 else {
                positional.append(argument)
                continue
            }
            var name = String(argument.dropFirst(2))
            var value: String?
            if let equals = name.firstIndex(of: "=") {
                value = String(name[name.index(after: equals)...])
                name = String(name[..<equals])
            }
            if known.contains(name) {
                guard value == nil else { throw UsageError(message: "--\(name) takes no value") }
                flags.insert(name)
            } else if valued.contains(name) {
                if value == nil {
                    guard index < arguments.count else {
                        throw UsageError(message: "--\(name) needs a value")
                    }
                    value = arguments[index]
                    index += 1
                }
                values[name] = value
            } else {
                throw UsageError(message: "unknown option --\(name)")
            }
        }
    }

    /// Whether a flag was given.
    func has(_ flag: String) -> Bool { flags.contains(flag) }

    /// The value of an option, if given.
    func value(_ name: String) -> String? { values[name] }

    /// The value of an option as a whole number within `range`, or `fallback` if not given.
    func integer(_ name: String, default fallback: Int, in range: ClosedRange<Int>)
        throws(UsageError) -> Int
    {
        guard let text = values[name] else { return fallback }
        guard let number = Int(text), range.contains(number) else {
            throw UsageError(
                message:
                    "--\(name) must be a whole number from \(range.lowerBound) to \(range.upperBound), not `\(text)`"
            )
        }
        return number
    }

    /// The value of `--seed` as an unsigned 64-bit number, or `fallback`.
    func seed(default fallback: UInt64) throws(UsageError) -> UInt64 {
        guard let text = values["seed"] else { return fallback }
        guard let seed = UInt64(text) else {
            throw UsageError(
                message: "--seed must be a whole number from 0 to \(UInt64.max), not `\(text)`")
        }
        return seed
    }

    /// What every series command reads: one game file, the number of games, the master seed
    /// and the worker threads.
    struct Series {
        var path: String
        var games: Int
        var seed: UInt64
        var workers: Int
    }

    /// The series options, or a usage error.
    func series() throws(UsageError) -> Series {
        guard positional.count == 1, let path = positional.first else {
            throw UsageError(message: "expected one game file, got \(positional.count)")
        }
        return Series(
            path: path, games: try integer("games", default: 1000, in: 1...100_000_000),
            seed: try seed(default: 1),
            workers: try integer("workers", default: SimulationOutput.cores, in: 1...1024))
    }

    /// Runs a command's body; a usage error is printed with a pointer to the command's help
    /// and gives exit status 2.
    static func runCommand(_ command: String, _ body: () throws(UsageError) -> Int32) -> Int32 {
        do {
            return try body()
        } catch {
            SimulationOutput.error(
                "error: \(error.message)\nrun `wijkspel \(command) --help` for the options")
            return 2
        }
    }
}
