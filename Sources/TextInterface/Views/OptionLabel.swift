import GameRules

/// An option's label as the table reads it: with its structured cost beside it, so that
/// what the label shows is what the engine charges.
enum OptionLabel {
    /// `label (kost 5)`, `label (kost 5, uit het Wijkfonds)`, or the label alone.
    static func text(_ option: DilemmaOption, spec: GameSpec, messages: Messages) -> String {
        guard option.cost > 0 else { return option.label }
        let amount = Format.number(option.cost)
        if let fund = option.costFund, spec.funds.indices.contains(fund) {
            return option.label + " "
                + messages("dilemmas.cost-fund", amount, spec.funds[fund].name)
        }
        return option.label + " " + messages("dilemmas.cost", amount)
    }
}
