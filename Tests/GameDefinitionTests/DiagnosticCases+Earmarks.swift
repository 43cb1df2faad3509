extension DiagnosticCases {
    /// Earmarked money (`earmark`, `earmark_kind` of a role), each mistake at its place.
    static let earmarks: [DiagnosticCase] = [
        DiagnosticCase(
            "an earmark without its kind", .replace("income = 10", "income = 10\nearmark = 5"),
            "def.missing-key", 10, 1, "role `beheer` has `earmark` but no `earmark_kind`",
            suggestion: "add `earmark_kind = \"beheer\"` (or another kind of project)"),
        DiagnosticCase(
            "a kind without an earmark",
            .replace("income = 10", "income = 10\nearmark_kind = \"beheer\""),
            "def.unused-key", 10, 1,
            "`earmark_kind` of role `beheer` does nothing without `earmark`",
            suggestion: "add `earmark = ...`, the money earmarked each year", severity: .warning),
        DiagnosticCase(
            "an earmark for an unknown kind",
            .replace("income = 10", "income = 10\nearmark = 5\nearmark_kind = \"rioleering\""),
            "def.unknown-value", 11, 16,
            "`earmark_kind` must be one of `beheer`, `transitie`, `ontwikkeling`, `herstructurering`, `wijk`, but here it is `rioleering`"
        ),
        DiagnosticCase(
            "an earmark for a kind the role may not own",
            .replace(
                "income = 10",
                "income = 10\nkinds = [\"beheer\"]\nearmark = 5\nearmark_kind = \"wijk\""),
            "def.earmark-not-owned", 12, 16,
            "role `beheer` may not own a project of kind `wijk`, so it can spend its earmark only as a partner",
            suggestion: "add `wijk` to `kinds` of role `beheer`, or earmark another kind",
            severity: .warning),
        DiagnosticCase(
            "a negative earmark", .replace("income = 10", "income = 10\nearmark = -5"),
            "def.negative-value", 10, 11, "`earmark` cannot be negative, but here it is -5"),
        DiagnosticCase(
            "an earmark until a year after the game",
            .replace(
                "income = 10",
                "income = 10\nearmark = 5\nearmark_kind = \"beheer\"\nearmark_until = 2031"),
            "def.year-out-of-range", 12, 17,
            "`earmark_until` is 2031, but the game runs from 2026 to 2029",
            suggestion: "use a year from 2026 to 2029"),
        DiagnosticCase(
            "an end year without an earmark",
            .replace("income = 10", "income = 10\nearmark_until = 2027"),
            "def.unused-key", 10, 1,
            "`earmark_until` of role `beheer` does nothing without `earmark`",
            suggestion: "add `earmark = ...`, the money earmarked each year", severity: .warning),
    ]
}
