import GameRules
import TOML

/// Reads `[events.ID]`: when it fires (year, condition, chance), its text and what it does.
enum EventsSection {
    /// The events in file order.
    static func read(_ root: TableReader, context: DefinitionContext) -> [EventSpec] {
        root.namedTables("events").compactMap { id, reader in
            let scope = context.scope
            var event = EventSpec(
                id: id.value, title: reader.playerText("title") ?? id.value, text: "")
            event.text = reader.text("text", required: true, what: "event `\(id.value)`")
            let yearPresent = reader.has("year")
            let round = context.roundInGame(reader, "year")
            event.round = round
            let condition = context.condition(reader, "when")
            event.condition = condition?.value
            event.chance =
                reader.number("chance", in: 0...1, id: DiagnosticID.chanceOutOfRange) ?? 1
            event.repeatable = reader.bool("repeatable") ?? false
            event.effects = context.effects(reader, "effects")
            if let dilemma = reader.string("dilemma") {
                event.opensDilemma = context.resolve(
                    Located(dilemma, reader.valueLocation("dilemma")),
                    among: scope.dilemmas.map(\.id), kind: "dilemma")
            }
            event.forcesProjects = context.resolveAll(
                reader.strings("forces") ?? [], among: scope.projects, kind: "project")
            reader.finish()
            if let condition, ConstantCheck.isAlwaysFalse(condition.value) {
                context.sink.error(
                    DiagnosticID.neverFires,
                    "event `\(id.value)` can never fire: its condition `when` is always false",
                    at: condition.location, suggestion: "check the comparison in `when`")
                return nil
            }
            if let condition, let reason = context.reach.whyNever(condition.value.root) {
                context.sink.error(
                    DiagnosticID.neverFires, "event `\(id.value)` can never fire: \(reason)",
                    at: condition.location, suggestion: DefinitionContext.neverTrueSuggestion)
                return nil
            }
            if reader.has("chance"), event.chance == 0 {
                context.sink.error(
                    DiagnosticID.neverFires,
                    "event `\(id.value)` can never fire: its `chance` is 0",
                    at: reader.valueLocation("chance"),
                    suggestion: "use a chance above 0, such as 0.3")
                return nil
            }
            return yearPresent && round == nil ? nil : event
        }
    }
}
