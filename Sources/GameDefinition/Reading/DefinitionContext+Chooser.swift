import GameRules
import TOML

extension DefinitionContext {
    /// Compiles the effects of a dilemma's option under `key`, where `self` (or `chooser`)
    /// names the role that chose it.
    ///
    /// Mistakes are reported once, compiled for the first of `choosers`. When an effect names
    /// `self`, every effect is compiled again for each role, silently: only the role differs.
    func chooserEffects(_ reader: TableReader, _ key: String, choosers: [Int]) -> (
        effects: [Effect], byChooser: [[Effect]]?
    ) {
        let items = reader.strings(key) ?? []
        var first = scope
        first.chooser = choosers.first ?? 0
        let effects = items.compactMap { item in
            let effect = compile(item.value, at: item.location) {
                ExpressionCompiler.compileEffect($0, scope: first)
            }
            if let effect { warnIfBeyondBounds(effect, at: item.location) }
            return effect
        }
        guard effects.count == items.count,
            items.contains(where: { ExpressionCompiler.namesChooser($0.value) })
        else { return (effects, nil) }
        let byChooser = scope.roles.indices.map { role in
            var bound = scope
            bound.chooser = role
            return items.compactMap {
                try? ExpressionCompiler.compileEffect($0.value, scope: bound).get()
            }
        }
        return (effects, byChooser)
    }
}
