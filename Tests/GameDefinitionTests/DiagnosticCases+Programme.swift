extension DiagnosticCases {
    /// The joint programme (`[programme]`), each mistake at its place.
    static let programme: [DiagnosticCase] = [
        DiagnosticCase(
            "a programme without a horizon",
            .append("[programme]\ncost = 1"),
            "def.missing-key", 50, 1, "`[programme]` has no `horizon`",
            suggestion:
                "add `horizon = 4`, the years ahead a coupling can be held (seed 003: 4 to 10)"),
        DiagnosticCase(
            "a programme that holds nothing ahead",
            .append("[programme]\nhorizon = 0"),
            "def.out-of-range", 51, 11,
            "`horizon` of `[programme]` must be at least 1, but here it is 0",
            suggestion: "write the years ahead a coupling can be held, such as 4"),
        DiagnosticCase(
            "a horizon beyond the game's years",
            .append("[programme]\nhorizon = 6"),
            "def.programme-horizon", 51, 11,
            "`horizon` of `[programme]` is 6 years, but the game has only 3 years after its first",
            suggestion: "write at most 3, or play more `rounds`", severity: .warning),
        DiagnosticCase(
            "a horizon that is not a number",
            .append("[programme]\nhorizon = \"vier\""),
            "def.wrong-type", 51, 11, "`horizon` must be a whole number, but here it is text"),
        DiagnosticCase(
            "a programme paid from an unknown fund",
            .append("[programme]\nhorizon = 2\ncost = 1\nfund = \"wijkfonds\""),
            "def.unknown-id", 53, 8, "there is no fund `wijkfonds` (none are defined)"),
        DiagnosticCase(
            "a programme with a negative cost",
            .append("[programme]\nhorizon = 2\ncost = -1"),
            "def.negative-cost", 52, 8, "`cost` cannot be negative, but here it is -1"),
        DiagnosticCase(
            "a programme's key that does not add up",
            .append("[programme]\nhorizon = 2\ncost = 1\nkey = { beheer = 0.5 }"),
            "def.shares-sum", 53, 7, "the shares in `key` add up to 0.5, not 1",
            suggestion: "make the shares add up to 1; a party left out pays nothing"),
        DiagnosticCase(
            "a programme's key without a cost",
            .append("[programme]\nhorizon = 2\nkey = { beheer = 1 }"),
            "def.unused-key", 52, 1, "`key` of `[programme]` does nothing without `cost`",
            suggestion: "add `cost = 2`, what the programme costs a year", severity: .warning),
        DiagnosticCase(
            "early years without an early bonus",
            .append("[programme]\nhorizon = 2\nearly_years = 1"),
            "def.unused-key", 52, 1,
            "`early_years` of `[programme]` does nothing without `early_bonus`",
            suggestion: "add `early_bonus = 3`, what an early coupling saves more",
            severity: .warning),
        DiagnosticCase(
            "an early bonus never earned",
            .append("[programme]\nhorizon = 2\nearly_years = 3\nearly_bonus = 2"),
            "def.unused-key", 53, 1,
            "`early_bonus` of `[programme]` is never earned: `early_years` (3) is beyond the `horizon` (2)",
            suggestion: "make `early_years` at most the `horizon`", severity: .warning),
        DiagnosticCase(
            "a negative early bonus",
            .append("[programme]\nhorizon = 2\nearly_bonus = -2"),
            "def.negative-value", 52, 15, "`early_bonus` cannot be negative, but here it is -2"),
        DiagnosticCase(
            "dropping a commitment that builds trust",
            .append("[programme]\nhorizon = 2\nbreak_trust = 2"),
            "def.out-of-range", 52, 15,
            "`break_trust` must be between -100 and 0, but here it is 2"),
        DiagnosticCase(
            "a misspelt programme key",
            .append("[programme]\nhorizon = 2\nearly_bonnus = 3"),
            "def.unknown-key", 52, 1, "unknown key `early_bonnus`",
            suggestion: "did you mean `early_bonus`?"),
    ]
}
