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
            timing.latest = inGame(
                latest, "`latest_start`", id: DiagnosticID.latestAfterEnd, context: context)
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
            timing.deadline = inGame(
                deadline, "the deadline", id: DiagnosticID.deadlineAfterEnd, context: context)
        }
        return timing
    }

    /// The round, when it falls inside the game; after the last round it never bites, so a
    /// warning says so and there is none.
    private static func inGame(
        _ round: Located<Int>, _ what: String, id: String, context: DefinitionContext
    ) -> Int? {
        guard round.value >= context.rounds else { return round.value }
        context.sink.warning(
            id,
            "\(what) \(round.value + context.firstYear) is after the last round (\(context.lastYear)), so it never bites",
            at: round.location,
            suggestion: "leave it out or use \(context.lastYear) or earlier")
        return nil
    }
}
