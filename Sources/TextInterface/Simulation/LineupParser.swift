import ExecBots
import GameRules
import Strategies

/// Reads `--strategy` and `--default-strategy` into a lineup for a game.
enum LineupParser {
    /// The strategy named `name` (built-in, or `exec:COMMAND`), or a usage error listing
    /// the names.
    static func choice(_ name: String) throws(SimulationArguments.UsageError) -> StrategyChoice {
        guard let choice = StrategyChoice(name: name) else {
            throw SimulationArguments.UsageError(
                message: "unknown strategy `\(name)`; choose one of: \(StrategyChoice.names)")
        }
        return choice
    }

    /// One strategy per role: `role=name` pairs separated by commas, or a single name for
    /// every role; the rest play `fallback`.
    static func choices(
        _ text: String?, fallback: StrategyChoice, spec: GameSpec
    ) throws(SimulationArguments.UsageError) -> [StrategyChoice] {
        var choices = Array(repeating: fallback, count: spec.roles.count)
        guard let text, !text.isEmpty else { return choices }
        if namesEverySeat(text) {
            return Array(repeating: try choice(text), count: spec.roles.count)
        }
        for (role, choice) in try seats(text, spec: spec) { choices[role] = choice }
        return choices
    }

    /// Whether `text` names one strategy for every seat (a name, or an `exec:` command that may
    /// hold `=` itself) rather than `role=name` pairs.
    static func namesEverySeat(_ text: String) -> Bool {
        !text.contains("=") || text.lowercased().hasPrefix(StrategyChoice.execPrefix)
    }

    /// The strategies that `role=name` pairs, separated by commas, name, by role index. A
    /// comma or `=` inside an `exec:` command stays part of it: a new pair starts only at a
    /// comma followed by a role id and `=`.
    static func seats(_ text: String, spec: GameSpec) throws(SimulationArguments.UsageError)
        -> [Int: StrategyChoice]
    {
        var pairs: [String] = []
        for segment in text.split(separator: ",", omittingEmptySubsequences: false) {
            let role = segment.split(separator: "=", maxSplits: 1).first.map(String.init) ?? ""
            if pairs.isEmpty || spec.roles.contains(where: { $0.id == role }) {
                pairs.append(String(segment))
            } else {
                pairs[pairs.count - 1] += "," + segment
            }
        }
        var seats: [Int: StrategyChoice] = [:]
        for pair in pairs {
            let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2 else {
                throw SimulationArguments.UsageError(
                    message: "expected ROLE=STRATEGY, not `\(pair)`")
            }
            guard let role = spec.roles.firstIndex(where: { $0.id == parts[0] }) else {
                let roles = spec.roles.map(\.id).joined(separator: ", ")
                throw SimulationArguments.UsageError(
                    message: "unknown role `\(parts[0])`; the roles are: \(roles)")
            }
            seats[role] = try choice(parts[1])
        }
        return seats
    }
}
