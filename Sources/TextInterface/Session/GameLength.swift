import GameRules

/// A shorter game from the same file: `--years N` (`--jaren`) or `--until YEAR` (`--tot`).
public enum GameLength: Hashable, Sendable {
    /// The first N years.
    case years(Int)
    /// Up to and including a calendar year.
    case until(Int)

    /// The number of rounds of `spec` this length keeps, or why it cannot (a sentence for the
    /// command line).
    public func rounds(of spec: GameSpec) -> Result<Int, GameLengthProblem> {
        let last = spec.firstYear + spec.rounds - 1
        switch self {
        case .years(let count):
            guard (1...spec.rounds).contains(count) else {
                return .failure(
                    GameLengthProblem(
                        message:
                            "--years must be from 1 to \(spec.rounds) (the game has \(spec.rounds) years), not \(count)"
                    ))
            }
            return .success(count)
        case .until(let year):
            guard (spec.firstYear...last).contains(year) else {
                return .failure(
                    GameLengthProblem(
                        message:
                            "--until must be a year from \(spec.firstYear) to \(last), not \(year)")
                )
            }
            return .success(year - spec.firstYear + 1)
        }
    }
}

/// Why a game length does not fit a game.
public struct GameLengthProblem: Error, Hashable, Sendable {
    /// What is wrong, for the command line.
    public var message: String
}
