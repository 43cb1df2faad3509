import Foundation
import GameDefinition
import GameRules
import Strategies

/// The example game `Games/voorbeeld.toml`, read once for all tests.
enum ExampleGame {
    /// The package root, found from this file's path.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The path of the example game.
    static let path = root.appendingPathComponent("Games/voorbeeld.toml").path

    /// The example game's rules, or nil if it does not read.
    static let spec: GameSpec? = GameDefinitionReader.read(contentsOf: path).spec

    /// Plays `games` games with one kind per role and returns the results, sorted by index.
    static func play(_ kinds: [StrategyKind], games: Int, seed: UInt64 = 1, workers: Int = 2)
        -> [GameResult]
    {
        guard let spec else { return [] }
        var results: [GameResult] = []
        Tournament(
            spec: spec, lineup: .kinds(kinds), games: games, masterSeed: seed, workers: workers
        )
        .run { results.append($0) }
        return results.sorted { $0.index < $1.index }
    }

    /// The summary of `games` games with one kind per role.
    static func summary(_ kinds: [StrategyKind], games: Int, seed: UInt64 = 1) -> Summary {
        guard let spec else { return Summary(roles: []) }
        return Tournament(
            spec: spec, lineup: .kinds(kinds), games: games, masterSeed: seed, workers: 2
        ).summary()
    }
}

/// Counts actions a strategy returned that were not legal.
final class IllegalCounter: @unchecked Sendable {
    /// The illegal actions seen, as text.
    var illegal: [String] = []
    /// Decisions seen.
    var decisions = 0
}

/// Wraps a strategy and records every action it returns that is not among the legal ones.
struct CheckedStrategy: Strategy {
    var inner: any Strategy
    let counter: IllegalCounter

    var name: String { inner.name }
    var observesEvents: Bool { inner.observesEvents }

    mutating func observe(_ event: GameEvent, as role: Int) { inner.observe(event, as: role) }

    mutating func choose(_ decision: Decision, using random: inout SeededGenerator) -> Action {
        let action = inner.choose(decision, using: &random)
        counter.decisions += 1
        if !decision.allows(action) { counter.illegal.append("\(inner.name): \(action)") }
        return action
    }
}
