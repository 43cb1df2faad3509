/// The tables of the parties and what they share: roles, goals, districts, indicators,
/// funds and trust.
extension GameFormat {
    /// `[roles.ID]`.
    static let role = FormatTable([
        FormatKey("name", .text, "The name players see (default the id)."),
        FormatKey("brief", .text, required: true, "The briefing the player reads."),
        FormatKey("budget", .nonNegative, "The starting budget (default 0)."),
        FormatKey("income", .nonNegative, "Money received at the start of every later round."),
        FormatKey(
            "kinds", .oneOrList(.choice(projectKinds)),
            "The kinds of project this role may own (default all five)."),
        FormatKey("goals", .tables(goal), "The private goals that make up the role's score."),
        FormatKey(
            "earmark", .nonNegative,
            "Money earmarked each year for `earmark_kind` only; what is unspent at the year's end lapses (default 0)."
        ),
        FormatKey(
            "earmark_kind", .choice(projectKinds),
            "The kind of project the earmarked money is for (needed with `earmark`)."),
        FormatKey(
            "earmark_until", .year,
            "The last year with earmarked money (default: every year of the game)."),
    ])

    /// `[[goals]]` and `[[roles.ID.goals]]`.
    static let goal = FormatTable([
        FormatKey("id", .word, "A name for reports, unique within its list."),
        FormatKey("text", .text, required: true, "What the goal asks, as players read it."),
        FormatKey("when", .condition, required: true, "When the goal is reached."),
        FormatKey("points", .number(nil), "The points it is worth (default 1)."),
        FormatKey("deadline", .year, "The last year in which it can be reached."),
    ])

    /// `[districts.ID]`.
    static let district = FormatTable([
        FormatKey("name", .text, "The name players see (default the id)."),
        FormatKey("slots", .count, "Underground slots available (default 0)."),
        FormatKey("slots_used", .count, "Slots already taken at the start (default 0)."),
        FormatKey(
            "dug", .oneOrList(.year), "Years before the game in which the street was opened."),
        FormatKey("nuisance", .nonNegative, "The district's nuisance at the start (default 0)."),
        FormatKey("vars", variables, "The district's variables."),
    ])

    /// `[indicators.ID]`.
    static let indicator = FormatTable([
        FormatKey("name", .text, "The name on the score board (default the id)."),
        FormatKey("value", .expression, required: true, "How it is computed."),
        FormatKey("higher_is_better", .boolean, "Whether a higher value is good (default true)."),
    ])

    /// `[funds.ID]`.
    static let fund = FormatTable([
        FormatKey("name", .text, "The name players see (default the id)."),
        FormatKey("start", .nonNegative, "The starting balance (default 0)."),
        FormatKey(
            "members", .oneOrList(.word),
            "Who may pay in and whose consent spending needs (default all roles)."),
        FormatKey(
            "fair_share", .nonNegative, "What each member is expected to pay per round (default 0)."
        ),
        FormatKey(
            "key", .map(.fraction),
            "The cost-sharing key (verdeelsleutel): each member's part of what the members pay together, adding up to 1."
        ),
    ])

    /// `[trust]`.
    static let trust = FormatTable([
        FormatKey(
            "initial", .percent, "Every role's starting trust in every other role (default 50)."),
        FormatKey(
            "start", .tables(trustStart),
            "Starting trust of one role in another, overriding `initial`."),
        FormatKey("base", .percent, "The value trust drifts back towards (default 50)."),
        FormatKey(
            "drift", .nonNegative, "Points per round trust moves towards `base` (default 1)."),
        FormatKey("share_plans", .number(nil), "Others' trust in a role that shares its plans."),
        FormatKey("keep_commitment", .number(nil), "Others' trust in a role that keeps a promise."),
        FormatKey(
            "break_commitment", .number(nil), "Others' trust in a role that breaks a promise."),
        FormatKey("joint_work", .number(nil), "Mutual trust of partners who finish joint work."),
        FormatKey(
            "graafrust_breach", .number(nil),
            "Others' trust in a role that opens a street during graafrust."),
        FormatKey(
            "refusal", .number(nil), "The proposer's trust in a role that refuses its proposal."),
        FormatKey(
            "coupling_threshold", .percent,
            "Mutual trust a coupling or joint project needs (default 30)."),
        FormatKey(
            "transaction_threshold", .percent,
            "Below this mutual trust, joint work costs extra (default 50)."),
        FormatKey(
            "transaction_cost", .nonNegative,
            "That extra cost, as a fraction of the joint cost (default 0.1)."),
        FormatKey(
            "meet", .percent,
            "Mutual trust a meeting builds (`kennismaken ROLE`); 0, the default, leaves meetings out."
        ),
        FormatKey("meet_cost", .nonNegative, "What the role that asks for a meeting pays."),
        FormatKey(
            "share_project", .number(nil),
            "Others' trust in a role that shares one plan (`deel PROJECT`); left out, plans are shared all at once."
        ),
        FormatKey(
            "change_shared_plan", .number(nil),
            "Others' trust in a role that moves or drops a plan it shared (negative; default 0)."),
    ])

    /// An item of `trust.start`.
    static let trustStart = FormatTable([
        FormatKey("from", .word, required: true, "The role that trusts."),
        FormatKey("to", .word, required: true, "The role it trusts."),
        FormatKey("value", .percent, required: true, "How much, 0 to 100."),
    ])
}
