import GameRules
import TOML

/// A project's window: earliest and latest start and deadline, as round indices.
struct ProjectTiming {
    /// The first round in which it may start.
    var earliest: Int
    /// The last round in which it may start.
    var latest: Int?
    /// The round by which it must be done.
    var deadline: Int?

    /// Reads `earliest_start`, `latest_start` and `deadline` (calendar years) and checks them.
    static func read(_ reader: TableReader, duration: Int, context: DefinitionContext)
        -> ProjectTiming?
    {
        let earliest =
            reader.has("earliest_start") ? context.roundInGame(reader, "earliest_start") : 0
        let latest = context.round(reader, "latest_start")
        let deadline = context.round(reader, "deadline")
        guard let earliest else { return nil }
        var timing = ProjectTiming(earliest: earliest)
        let sink = context.sink
        let year = { (round: Int) in round + context.firstYear }
        if let latest {
            if latest.value < earliest {
                sink.error(
                    DiagnosticID.latestBeforeEarliest,
                    "`latest_start` \(year(latest.value)) is before the earliest start \(year(earliest))",
                    at: latest.location)
                return nil
            }
            if latest.value >= context.rounds {
                sink.warning(
                    DiagnosticID.latestAfterEnd,
                    "`latest_start` \(year(latest.value)) is after the last round (\(context.lastYear)), so it never bites",
                    at: latest.location,
                    suggestion: "leave it out or use \(context.lastYear) or earlier")
            } else {
                timing.latest = latest.value
            }
        }
        if let deadline {
            let soonest = earliest + duration - 1
            if deadline.value < soonest {
                sink.error(
                    DiagnosticID.deadlineBeforeStart,
                    "the deadline \(year(deadline.value)) cannot be met: started at the earliest in \(year(earliest)) "
                        + "and running \(duration) round\(duration == 1 ? "" : "s"), it is done in \(year(soonest)) at the earliest",
                    at: deadline.location, suggestion: "use \(year(soonest)) or later")
                return nil
            }
            if deadline.value >= context.rounds {
                sink.warning(
                    DiagnosticID.deadlineAfterEnd,
                    "the deadline \(year(deadline.value)) is after the last round (\(context.lastYear)), so it never bites",
                    at: deadline.location,
                    suggestion: "leave it out or use \(context.lastYear) or earlier")
            } else {
                timing.deadline = deadline.value
            }
        }
        return timing
    }
}
