/// The tables of the instruments the table can use: agreements and the process coordinator.
extension GameFormat {
    /// `[agreements.ID]`.
    static let agreement = FormatTable([
        FormatKey("name", .text, "The name players see (default the id)."),
        FormatKey("text", .text, "A short explanation."),
        FormatKey(
            "after", .word, "An agreement that must have been signed before this one."),
        FormatKey("min_trust", .percent, "The group trust needed to propose and sign it."),
        FormatKey("fee", .nonNegative, "Paid once when signed, split by `key` or equally."),
        FormatKey(
            "rounds", .integer(1...1000),
            "Years it stays in force after the year it is signed (default the rest of the game)."),
        FormatKey(
            "graafrust", .count, "Term: the graafrust (years) agreed after every digging work."),
        FormatKey(
            "key", .map(.fraction),
            "Term: the verdeelsleutel for the fee and the process coordinator's pay, adding up to 1."
        ),
        FormatKey("coordinator", .boolean, "Term: signing it hires the process coordinator."),
        FormatKey("share_plans", .boolean, "Term: every party shares its plans every year."),
        FormatKey(
            "hold_form", .count,
            "Years after signing in which the collaboration form does not fall back."),
        FormatKey(
            "breach", .number(nil), "Others' trust in a party that breaks a term (default -5)."),
    ])

    /// `[programme]`.
    static let programme = FormatTable([
        FormatKey("name", .text, "The name players see (default programma)."),
        FormatKey("text", .text, "A short explanation."),
        FormatKey(
            "horizon", .integer(1...1000), required: true,
            "How many years ahead a coupling can be held in it."),
        FormatKey(
            "cost", .nonNegative, "The cost per year once started, paid jointly (default 0)."),
        FormatKey("fund", .word, "A fund that pays the programme first."),
        FormatKey(
            "key", .map(.fraction),
            "Each role's share of the cost, adding up to 1 (default the agreement's key, else equal)."
        ),
        FormatKey("min_trust", .percent, "The group trust needed to start it (default 0)."),
        FormatKey(
            "early_years", .count,
            "Years a coupling must be held before it is made to earn `early_bonus` (default 2)."),
        FormatKey(
            "early_bonus", .nonNegative,
            "Money back to a coupling's owners when it was held early enough (default 0)."),
        FormatKey(
            "break_trust", .number(nil),
            "Others' trust in a member that lets a held coupling drop (default -2, at most 0)."),
    ])

    /// `[coordinator]`.
    static let coordinator = FormatTable([
        FormatKey("name", .text, "The name players see (default samenwerkingscoördinator)."),
        FormatKey("text", .text, "A short explanation."),
        FormatKey("cost", .nonNegative, "The cost per round, paid jointly (default 0)."),
        FormatKey("fund", .word, "A fund that pays the coordinator first."),
        FormatKey("min_trust", .percent, "The group trust needed to hire one (default 0)."),
        FormatKey(
            "extra_rounds", .count,
            "Years a hot potato gets, once, when its deadline passes undecided (default 1)."),
        FormatKey(
            "refusal_factor", .fraction,
            "The part of the trust lost on a refusal that still counts (default 0.5)."),
        FormatKey(
            "shows_couplings", .boolean,
            "Whether everyone sees the plans of projects in couplings not yet made (default true)."
        ),
    ])
}
