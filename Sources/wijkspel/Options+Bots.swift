import ExecBots
import GameRules
import Strategies

extension Options {
    /// The bots that `--bot ROLE=STRATEGY` asks for, by role index; nil after an error
    /// naming the unknown role or strategy was written.
    static func botSeats(
        _ bots: [(role: String, strategy: String)], spec: GameSpec, command: String
    ) -> [Int: StrategyChoice]? {
        var seats: [Int: StrategyChoice] = [:]
        for (roleName, strategyName) in bots {
            guard
                let role = spec.roles.firstIndex(where: {
                    $0.id.lowercased() == roleName.lowercased()
                })
                    ?? uniquePrefix(roleName, spec.roles.map(\.id))
            else {
                let roles = spec.roles.map(\.id).joined(separator: ", ")
                Output.err("wijkspel \(command): no role '\(roleName)'; roles: \(roles)")
                return nil
            }
            guard let kind = StrategyChoice(name: strategyName) else {
                Output.err(
                    "wijkspel \(command): no strategy '\(strategyName)'; strategies: \(Usage.strategies)"
                )
                return nil
            }
            seats[role] = kind
        }
        return seats
    }

    /// The index of the only name that starts with `word`, if exactly one does.
    static func uniquePrefix(_ word: String, _ names: [String]) -> Int? {
        let matches = names.indices.filter { names[$0].lowercased().hasPrefix(word.lowercased()) }
        return matches.count == 1 ? matches[0] : nil
    }
}
