import ExecBots
import Foundation
import GameRules
import Strategies

/// A game of a simulation run, played again from its line in the results file, so that
/// it can be watched turn by turn (`wijkspel replay --results FILE --game N`).
public enum SimulatedGame {
    /// Why a simulated game could not be played again: the message names the file and line.
    public struct Problem: Error, Hashable, Sendable {
        /// What went wrong, starting with `file:` or `file:line:`.
        public var message: String
    }

    /// Finds game `number` in the results file at `path`, plays it again on `spec` with the
    /// strategies and seed of its line, and checks that it ends as the line says: the setup
    /// of the replayed game (every role a bot, every action recorded).
    public static func setup(
        results path: String, game number: Int, spec: GameSpec, gamePath: String,
        definitionHash: String, language: Language, color: Bool
    ) -> Result<SessionSetup, Problem> {
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(Problem(message: "\(path): cannot read this results file"))
        }
        var found: (result: GameResult, line: Int)?
        let lines = String(decoding: data, as: UTF8.self).split(
            separator: "\n", omittingEmptySubsequences: false)
        for (offset, line) in lines.enumerated() {
            guard let result = ResultFileFormat.parse(line), result.index == number else {
                continue
            }
            found = (result, offset + 1)
            break
        }
        guard let (recorded, line) = found else {
            return .failure(Problem(message: "\(path): no game number \(number) in this file"))
        }
        let place = "\(path):\(line)"
        guard recorded.roles == spec.roles.map(\.id) else {
            return .failure(
                Problem(
                    message:
                        "\(place): this game has the roles \(recorded.roles.joined(separator: ", ")), but \(gamePath) has \(spec.roles.map(\.id).joined(separator: ", ")); name the game file the results were made with"
                ))
        }
        var kinds: [Int: StrategyChoice] = [:]
        for (role, name) in recorded.strategies.enumerated() {
            guard let kind = StrategyChoice(name: name) else {
                return .failure(Problem(message: "\(place): unknown strategy `\(name)`"))
            }
            // A results file must not start programs: watch such a game from its record.
            if case .exec = kind {
                return .failure(
                    Problem(
                        message:
                            "\(place): game \(number) was played by the bot `\(name)`, which is not started from a results file; watch its record instead (simulate --records DIR, then wijkspel replay FILE)"
                    ))
            }
            kinds[role] = kind
        }
        let playout = Playout(
            spec: spec, seed: recorded.seed,
            strategies: spec.roles.indices.map { kinds[$0]!.make() })
        let replayed = GameResult(
            index: number, seed: recorded.seed, strategies: recorded.strategies, playout: playout)
        guard replayed.asFiled == recorded else {
            return .failure(
                Problem(
                    message:
                        "\(place): played again with \(gamePath), game \(number) ends otherwise (scores \(replayed.scores) instead of \(recorded.scores)); the results were made with another version of the game file or of wijkspel"
                ))
        }
        return .success(
            SessionSetup(
                spec: spec, gamePath: gamePath, definitionHash: definitionHash,
                seed: recorded.seed, language: language, bots: kinds, color: color,
                actions: playout.table.record.actions))
    }
}
