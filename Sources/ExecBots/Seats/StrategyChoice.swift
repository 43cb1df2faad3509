import Foundation
import Strategies

/// A strategy as a seat names it: a built-in one (`cooperative`) or a bot in any language
/// (`exec:python3 bots/mybot.py`).
public enum StrategyChoice: Hashable, Sendable {
    /// A built-in strategy.
    case builtin(StrategyKind)
    /// A program speaking the JSON-lines protocol, by its command.
    case exec(String)

    /// The prefix of an outside bot's name.
    public static let execPrefix = "exec:"

    /// The names to show in help texts: the built-in ones and `exec:COMMAND`.
    public static let names =
        (StrategyKind.allCases.map(\.rawValue) + [execPrefix + "COMMAND"]).joined(separator: ", ")

    /// The choice `name` stands for: `exec:` and a command, or a built-in name (any case);
    /// nil for anything else (an empty command too).
    public init?(name: String) {
        if name.lowercased().hasPrefix(StrategyChoice.execPrefix) {
            let command = name.dropFirst(StrategyChoice.execPrefix.count)
                .trimmingCharacters(in: .whitespaces)
            guard !command.isEmpty else { return nil }
            self = .exec(command)
        } else if let kind = StrategyKind(name: name) {
            self = .builtin(kind)
        } else {
            return nil
        }
    }

    /// The name, as `init(name:)` reads it and as results files and save files keep it.
    public var name: String {
        switch self {
        case .builtin(let kind): kind.rawValue
        case .exec(let command): StrategyChoice.execPrefix + command
        }
    }

    /// A fresh strategy of this choice; an outside bot starts at its first decision.
    public func make(settings: ExecBotSettings = .standard) -> any Strategy {
        switch self {
        case .builtin(let kind): kind.make()
        case .exec(let command): ExecStrategy(command: command, settings: settings)
        }
    }

    /// The built-in `random` strategy.
    public static var random: StrategyChoice { .builtin(.random) }
    /// The built-in `sectoral` strategy.
    public static var sectoral: StrategyChoice { .builtin(.sectoral) }
    /// The built-in `cooperative` strategy.
    public static var cooperative: StrategyChoice { .builtin(.cooperative) }
    /// The built-in `reciprocal` strategy.
    public static var reciprocal: StrategyChoice { .builtin(.reciprocal) }
    /// The built-in `greedy` strategy.
    public static var greedy: StrategyChoice { .builtin(.greedy) }
    /// The built-in strong bot, `mcts` (also read as `search`).
    public static var mcts: StrategyChoice { .builtin(.mcts) }
}
