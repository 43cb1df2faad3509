/// The tables of what happens and how the table works: dilemmas, events, collaboration
/// forms, phases and round questions.
extension GameFormat {
    /// `[dilemmas.ID]`.
    static let dilemma = FormatTable([
        FormatKey("title", .text, "The card's title (default the id)."),
        FormatKey("text", .text, required: true, "The situation, as players read it."),
        FormatKey(
            "choosers", .either([.choice(["any"]), .oneOrList(.word)]),
            "The roles that choose; left out or \"any\": any role may pick it up."),
        FormatKey("secret", .boolean, "Whether choices stay hidden until all have chosen."),
        FormatKey("year", .year, "The year it opens by itself."),
        FormatKey(
            "rounds", .integer(1...1000),
            "Rounds the choosers have, counting the round it opens (default 1)."),
        FormatKey(
            "default", .word,
            "The option forced on whoever has not chosen by the deadline (default the first)."),
        FormatKey(
            "default_effects", .effects,
            "Extra effects when the deadline passes undecided (the hot potato burns)."),
        FormatKey("repeats", .boolean, "Whether it opens again after being decided."),
        FormatKey(
            "options", .tables(option), required: true, "The choices, [[dilemmas.ID.options]]."),
        FormatKey("outcomes", .tables(outcome), "What the choices together cause."),
    ])

    /// `[[dilemmas.ID.options]]`.
    static let option = FormatTable([
        FormatKey("id", .word, required: true, "Used in `default` and in `chose(role, option)`."),
        FormatKey("label", .text, required: true, "What players see."),
        FormatKey(
            "effects", .effects,
            "Applied once for every role that chose it; `self` is the role that chose."),
        FormatKey(
            "cost", .nonNegative,
            "What taking it costs each role that chose it, charged when the dilemma is decided and shown beside the label; a role cannot choose what it cannot pay."
        ),
        FormatKey("cost_fund", .word, "A fund that pays the `cost` instead of the chooser."),
    ])

    /// `[[dilemmas.ID.outcomes]]`.
    static let outcome = FormatTable([
        FormatKey("when", .condition, required: true, "When the outcome applies."),
        FormatKey("effects", .effects, "What happens."),
        FormatKey("text", .text, "Told to the table."),
    ])

    /// `[events.ID]`.
    static let event = FormatTable([
        FormatKey("title", .text, "The headline (default the id)."),
        FormatKey("text", .text, required: true, "The news, as players read it."),
        FormatKey("year", .year, "The year it is scheduled for."),
        FormatKey("when", .condition, "What must hold for it to happen."),
        FormatKey("chance", .fraction, "The chance it happens when eligible (default 1)."),
        FormatKey("repeatable", .boolean, "Whether it may happen more than once."),
        FormatKey("effects", .effects, "What happens."),
        FormatKey("dilemma", .word, "A dilemma it opens."),
        FormatKey(
            "forces", .oneOrList(.word),
            "Projects it forces to start now, ignoring plans and graafrust."),
    ])

    /// `[forms.ID]`.
    static let form = FormatTable([
        FormatKey("name", .text, "The name players see (default the id)."),
        FormatKey("text", .text, "A short explanation."),
        FormatKey(
            "visibility", .choice(["shared", "horizon", "all"]),
            "What a role sees of others' plans (default shared)."),
        FormatKey(
            "horizon", .integer(1...1000), "Rounds ahead that plans are visible under \"horizon\"."),
        FormatKey(
            "decision", .choice(["alone", "coordinator", "vote"]),
            "How proposals and fund spending are decided (default alone)."),
        FormatKey(
            "coupling_bonus", .nonNegative, "Extra money saved on every coupling made in this form."
        ),
        FormatKey(
            "coordinator_cost", .nonNegative,
            "The coordinator's cost per round, split equally over the roles."),
        FormatKey("min_trust", .percent, "The group trust the form needs (default 0)."),
    ])

    /// `[[phases]]`.
    static let phase = FormatTable([
        FormatKey("id", .word, required: true, "The phase's id."),
        FormatKey("name", .text, "The name players see (default the id)."),
        FormatKey(
            "kind", .choice(["news", "planning", "table", "decision", "execution", "review"]),
            "What happens in it (default from the id)."),
        FormatKey("secret", .boolean, "Whether roles act hidden from each other."),
    ])

    /// `[[questions]]`.
    static let question = FormatTable([
        FormatKey("year", .year, required: true, "The year whose review asks it."),
        FormatKey("text", .text, required: true, "The question."),
    ])
}
