import Foundation

/// How thorough the fuzz and statistical tests are: quick in a developer's `swift test`, and
/// full in CI's release run (`WIJKSPEL_TEST_SCALE=full`, see `.ci/run`).
public enum TestScale {
    /// Whether the full run was asked for.
    public static let isFull =
        ProcessInfo.processInfo.environment["WIJKSPEL_TEST_SCALE"] == "full"

    /// `quick` in a normal run, `full` in the full one: a number of iterations or games.
    public static func count(quick: Int, full: Int) -> Int { isFull ? full : quick }
}
