import Foundation

/// Writing to standard output and standard error for the simulation commands.
enum SimulationOutput {
    /// Whether standard error is a terminal (for the progress bar).
    static var stderrIsTerminal: Bool { isatty(2) == 1 }

    /// Whether `NO_COLOR` is set.
    static var noColor: Bool { ProcessInfo.processInfo.environment["NO_COLOR"] != nil }

    /// Writes text to standard error, adding a line feed if missing.
    static func error(_ text: String) {
        let line = text.hasSuffix("\n") ? text : text + "\n"
        Console.err(line, terminator: "")
    }

    /// Writes raw text to standard error (no line feed), for the progress bar.
    static func errorRaw(_ text: String) {
        Console.err(text, terminator: "")
    }

    /// A value as indented JSON with sorted keys, ending in a line feed.
    static func json(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        let data = (try? encoder.encode(value)) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// The number of processor cores.
    static var cores: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }
}
