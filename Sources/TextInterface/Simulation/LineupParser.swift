import GameRules
import Strategies

/// Reads `--strategy` and `--default-strategy` into a lineup for a game.
enum LineupParser {
    /// The strategy kind named `name`, or a usage error listing the names.
    static func kind(_ name: String) throws(SimulationArguments.UsageError) -> StrategyKind {
        guard let kind = StrategyKind(name: name) else {
            let names = StrategyKind.allCases.map(\.rawValue).joined(separator: ", ")
            throw SimulationArguments.UsageError(
                message: "unknown strategy `\(name)`; choose one of: \(names)")
        }
        return kind
    }

    /// One kind per role: `role=kind` pairs, or a single kind for every role; the rest
    /// play `fallback`.
    static func kinds(
        _ text: String?, fallback: StrategyKind, spec: GameSpec
    ) throws(SimulationArguments.UsageError) -> [StrategyKind] {
        var kinds = Array(repeating: fallback, count: spec.roles.count)
        guard let text, !text.isEmpty else { return kinds }
        if !text.contains("=") {
            let kind = try kind(text)
            return Array(repeating: kind, count: spec.roles.count)
        }
        for pair in text.split(separator: ",") {
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
            kinds[role] = try kind(parts[1])
        }
        return kinds
    }
}
