extension DiagnosticCases {
    /// Plans that become fixed (`[plans]`), each mistake at its place.
    static let plans: [DiagnosticCase] = [
        DiagnosticCase(
            "plans fixed longer before than the game lasts",
            .append("[plans]\nfixed_before = 9"),
            "def.fixed-before-long", 51, 16,
            "`fixed_before` is 9, but the game has only 4 years: every plan is fixed at the review of the year it is made",
            suggestion: "use fewer years than the game has, such as 1 or 2", severity: .warning),
        DiagnosticCase(
            "a surcharge without fixed plans", .append("[plans]\nlate_coupling_surcharge = 2"),
            "def.missing-key", 50, 1, "`[plans]` fixes no plan without `fixed_before`",
            suggestion: "add `fixed_before = 1` (a plan is fixed the year before it starts)",
            severity: .warning),
        DiagnosticCase(
            "a surcharge while plans are never fixed",
            .append("[plans]\nfixed_before = 0\nlate_coupling_surcharge = 2"),
            "def.unused-key", 52, 1,
            "`late_coupling_surcharge` does nothing while `fixed_before` is 0",
            suggestion: "make `fixed_before` 1 or more, or leave `[plans]` out", severity: .warning),
        DiagnosticCase(
            "a surcharge in a game without couplings",
            .replace(
                "[[couplings]]\nprojects = [\"riool\", \"kabel\"]\nsaving = 5",
                "[plans]\nfixed_before = 1\nlate_coupling_surcharge = 2"),
            "def.unused-key", 49, 1,
            "`late_coupling_surcharge` does nothing in a game without `[[couplings]]`",
            suggestion: "declare the coupling chances, or leave the surcharge out",
            severity: .warning),
        DiagnosticCase(
            "a negative surcharge",
            .append("[plans]\nfixed_before = 1\nlate_coupling_surcharge = -2"),
            "def.negative-cost", 52, 27,
            "`late_coupling_surcharge` cannot be negative, but here it is -2"),
        DiagnosticCase(
            "a negative fixing time", .append("[plans]\nfixed_before = -1"),
            "def.negative-value", 51, 16, "`fixed_before` cannot be negative, but here it is -1"),
        DiagnosticCase(
            "fixed_before in decimals", .append("[plans]\nfixed_before = 1.5"),
            "def.wrong-type", 51, 16,
            "`fixed_before` must be a whole number, but here it is a decimal number"),
        DiagnosticCase(
            "a misspelt plans key", .append("[plans]\nfixed_befor = 1"),
            "def.unknown-key", 51, 1, "unknown key `fixed_befor`",
            suggestion: "did you mean `fixed_before`?"),
    ]
}
