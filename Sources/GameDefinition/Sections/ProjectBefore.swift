import GameRules
import TOML

/// Reads a project's state before the game: `status = "done"` (done before the first
/// year) or `started = 2025` (`status = "running"`: still under way at the start).
struct ProjectBefore {
    /// Done before the game.
    var done = false
    /// The round (index, below 0) it started in, when it is running at the start.
    var started: Int?

    /// The state of the project `what` before the game, `duration` rounds long.
    static func read(
        _ reader: TableReader, what: String, duration: Int, context: DefinitionContext
    ) -> ProjectBefore {
        var before = ProjectBefore()
        let status = reader.choice("status", ["done": "done", "running": "running"])
        let started = context.round(reader, "started")
        if status == "done" {
            before.done = true
            if let started {
                context.sink.error(
                    DiagnosticID.initialState,
                    "\(what) is done before the game, so it has no `started`", at: started.location,
                    suggestion: "remove `started`, or write `status = \"running\"`")
            }
            return before
        }
        guard status == "running" || started != nil else { return before }
        let round = started?.value ?? -1
        let location = started?.location ?? reader.valueLocation("status")
        let year = round + context.firstYear
        if round >= 0 {
            context.sink.error(
                DiagnosticID.yearOutOfRange,
                "`started` is \(year), but a project running at the start began before the first year \(context.firstYear)",
                at: location,
                suggestion:
                    "write a year before \(context.firstYear), or leave `started` out and let a role plan it"
            )
            return before
        }
        if round + duration <= 0 {
            context.sink.error(
                DiagnosticID.initialState,
                "\(what) started in \(year) and takes \(duration) round\(duration == 1 ? "" : "s"), so it was done by \(year + duration - 1), before the game",
                at: location, suggestion: "write `status = \"done\"`, or a later `started`")
            return before
        }
        before.started = round
        return before
    }
}
