import GameRules
import TOML

/// Reads `[digging]`: nuisance of openings, the saving of shared digging, and graafrust.
enum DiggingSection {
    /// The digging rules; absent keys keep their defaults.
    static func read(_ root: TableReader, context: DefinitionContext) -> DiggingSpec {
        var digging = DiggingSpec()
        guard let reader = root.table("digging") else { return digging }
        digging.nuisancePerOpening =
            reader.nonNegative("nuisance_per_opening") ?? digging.nuisancePerOpening
        digging.sharedOpeningSaving =
            reader.number("shared_saving", in: 0...1) ?? digging.sharedOpeningSaving
        digging.sharedWithoutAgreement =
            reader.bool("shared_without_agreement") ?? digging.sharedWithoutAgreement
        digging.graafrustRounds = reader.count("graafrust") ?? digging.graafrustRounds
        digging.graafrustBy =
            reader.choice("graafrust_by", ["opening": .opening, "agreement": .agreement])
            ?? digging.graafrustBy
        digging.graafrustNuisance =
            reader.nonNegative("graafrust_nuisance") ?? digging.graafrustNuisance
        digging.nuisanceDecay = reader.number("nuisance_decay", in: 0...1) ?? digging.nuisanceDecay
        if let target = reader.string("nuisance_lowers") {
            let names = context.scope.variables.sorted { $0.value < $1.value }.map(\.key)
            digging.nuisanceTarget = context.resolve(
                Located(target, reader.valueLocation("nuisance_lowers")), among: names,
                kind: "variable")
        }
        digging.nuisanceImpact = reader.nonNegative("nuisance_impact") ?? digging.nuisanceImpact
        reader.finish()
        return digging
    }
}
