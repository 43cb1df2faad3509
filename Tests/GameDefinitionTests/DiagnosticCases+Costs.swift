extension DiagnosticCases {
    /// A dilemma whose first option has `label` and the extra lines `extra`.
    static func costDilemma(label: String, extra: String = "") -> Patch {
        .append(
            "[dilemmas.parkeren]\ntext = \"Wat nu?\"\nchoosers = [\"beheer\"]\nyear = 2026\n"
                + "[[dilemmas.parkeren.options]]\nid = \"a\"\nlabel = \"\(label)\"\n\(extra)"
                + "[[dilemmas.parkeren.options]]\nid = \"b\"\nlabel = \"B\"")
    }

    /// Structured costs on dilemma options, and labels that speak of a cost.
    static let costs: [DiagnosticCase] = [
        DiagnosticCase(
            "a label that names a cost nothing charges",
            costDilemma(label: "Samen (kost 5)"),
            "def.unstructured-cost", 56, 9,
            "the label speaks of 5 (`kost`), but the option has no `cost`: nothing charges it",
            suggestion: "add `cost = 5` and leave the amount out of the label (the table shows it)",
            severity: .warning),
        DiagnosticCase(
            "a label that names a cost in euros without an amount",
            costDilemma(label: "Betalen in €"),
            "def.unstructured-cost", 56, 9,
            "the label speaks of a cost (`€`), but the option has no `cost`: nothing charges it",
            suggestion: "add `cost = ...`, or reword the label", severity: .warning),
        DiagnosticCase(
            "a label whose cost differs from the structured one",
            costDilemma(label: "Together (costs 5)", extra: "cost = 3\n"),
            "def.cost-mismatch", 56, 9, "the label says 5, but `cost` charges 3",
            suggestion: "leave the amount out of the label: the table shows the `cost` beside it",
            severity: .warning),
        DiagnosticCase(
            "a negative cost", costDilemma(label: "Samen", extra: "cost = -2\n"),
            "def.negative-cost", 57, 8, "`cost` cannot be negative, but here it is -2"),
        DiagnosticCase(
            "a cost paid by a fund the game does not have",
            costDilemma(label: "Samen", extra: "cost = 2\ncost_fund = \"wijkfnds\"\n"),
            "def.unknown-id", 58, 13, "there is no fund `wijkfnds` (none are defined)"),
    ]
}
