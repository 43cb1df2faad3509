import GameRules
import TOML

/// Reads goals (`[[roles.ID.goals]]` or the shared `[[goals]]`): text, condition, points, deadline.
enum GoalsSection {
    /// The goals in file order; ids default to `prefix` and a number.
    static func read(_ readers: [TableReader], prefix: String, context: DefinitionContext)
        -> [GoalSpec]
    {
        var goals: [GoalSpec] = []
        var seen: Set<String> = []
        for (number, reader) in readers.enumerated() {
            let id = reader.string("id") ?? "\(prefix)\(number + 1)"
            if !seen.insert(id).inserted {
                context.sink.error(
                    DiagnosticID.duplicateID, "there are two goals with id `\(id)`",
                    at: reader.valueLocation("id"), suggestion: "give each goal its own `id`")
            }
            let text = reader.text("text", required: true, what: "a goal")
            let condition = context.condition(reader, "when")
            if !reader.has("when") {
                reader.missing("when", what: "a goal", example: "\"done(riool_noord)\"")
            }
            let points = reader.number("points") ?? 1
            if points == 0 {
                context.sink.warning(
                    DiagnosticID.zeroPoints,
                    "goal `\(id)` is worth 0 points, so reaching it changes nothing",
                    at: reader.valueLocation("points"))
            }
            if let condition, let reason = context.reach.whyNever(condition.value.root) {
                context.sink.warning(
                    DiagnosticID.neverTrue, "goal `\(id)` can never be reached: \(reason)",
                    at: condition.location, suggestion: DefinitionContext.neverTrueSuggestion)
            }
            let deadline = readDeadline(reader, context: context)
            reader.finish()
            if let condition {
                goals.append(
                    GoalSpec(
                        id: id, text: text, condition: condition.value, points: points,
                        deadline: deadline))
            }
        }
        return goals
    }

    private static func readDeadline(_ reader: TableReader, context: DefinitionContext) -> Int? {
        guard let deadline = context.round(reader, "deadline") else { return nil }
        if deadline.value < 0 {
            context.sink.error(
                DiagnosticID.yearOutOfRange,
                "`deadline` is \(deadline.value + context.firstYear), before the game starts in \(context.firstYear)",
                at: deadline.location)
            return nil
        }
        if deadline.value >= context.rounds {
            context.sink.warning(
                DiagnosticID.deadlineAfterEnd,
                "`deadline` is \(deadline.value + context.firstYear), after the last round (\(context.lastYear))",
                at: deadline.location,
                suggestion: "leave the deadline out or use \(context.lastYear) or earlier")
            return nil
        }
        return deadline.value
    }
}
