import GameRules
import TOML

/// Reads `[indicators.ID]`: named values on the score board, computed by an expression.
enum IndicatorsSection {
    /// The indicators in file order; an indicator computed from itself is an error.
    static func read(_ root: TableReader, context: DefinitionContext) -> [IndicatorSpec] {
        var located: [(IndicatorSpec, SourceLocation)] = []
        for (id, reader) in root.namedTables("indicators") {
            let name = reader.playerText("name") ?? id.value
            let value = context.value(reader, "value")
            let higher = reader.bool("higher_is_better") ?? true
            if !reader.has("value") {
                reader.missing(
                    "value", what: "indicator `\(id.value)`", example: "\"noord.leefbaarheid\"")
            }
            reader.finish()
            guard let value else { continue }
            let variable = context.scope.variables[id.value]
            let shows = variable.map { value.root == .variable($0) } ?? false
            NameClash.check(
                id, what: "indicator", variables: shows ? [:] : context.scope.variables,
                sink: context.sink)
            let indicator = IndicatorSpec(
                id: id.value, name: name, value: value, higherIsBetter: higher)
            located.append((indicator, reader.valueLocation("value")))
        }
        let indicators = located.map(\.0)
        guard indicators.count == context.scope.indicators.count else { return indicators }
        for index in IndicatorCycles.find(indicators) {
            context.sink.error(
                DiagnosticID.indicatorCycle,
                "indicator `\(indicators[index].id)` is computed from itself, so it has no value",
                at: located[index].1,
                suggestion: "compute it from variables, not from this indicator")
        }
        return indicators
    }
}
