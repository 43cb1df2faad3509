/// The keys of the game definition format, table by table: the one list that the JSON
/// Schema for editors is made from, and that a test holds equal to what the reader reads.
public enum GameFormat {
    /// The keys at the top of a game file.
    public static let root = FormatTable([
        FormatKey("title", .text, required: true, "The game's title."),
        FormatKey(
            "language", .choice(["nl", "en"]),
            "The language of the players' texts (default nl); the engine speaks it too."),
        FormatKey(
            "languages", .oneOrList(.choice(["nl", "en"])),
            "The languages the texts are written in (default the game's language)."),
        FormatKey("history", .text, "What went before the first year, told at the start."),
        FormatKey("first_year", .year, "The calendar year of the first round (default 2025)."),
        FormatKey(
            "rounds", .integer(1...1000), required: true, "How many rounds (years) the game has."),
        FormatKey(
            "start_form", .word, "The collaboration form the game starts in (default the first)."),
        FormatKey("allow_debt", .boolean, "Whether budgets may go below zero (default false)."),
        FormatKey(
            "money_steps", .list(.integer(1...1_000_000_000)),
            "The amounts bots use for money (default [5, 10, 20])."),
        FormatKey("vars", variables, "Variables of the whole neighbourhood."),
        FormatKey(
            "collective_loss", .condition,
            "When it holds at a review, everyone loses and the game ends."),
        FormatKey("end_when", .condition, "When it holds at a review, the game ends early."),
        FormatKey(
            "reflection", .oneOrList(.text), "Questions for the debrief after the last round."),
        FormatKey("roles", .named(role), required: true, "The parties at the table, [roles.ID]."),
        FormatKey("goals", .tables(goal), "Shared goals (social value), [[goals]]."),
        FormatKey("districts", .named(district), "The parts of the neighbourhood, [districts.ID]."),
        FormatKey("indicators", .named(indicator), "Named values on the score board."),
        FormatKey("funds", .named(fund), "Shared funds such as a wijkfonds, [funds.ID]."),
        FormatKey("trust", .table(trust), "How trust starts, changes and drifts."),
        FormatKey(
            "digging", .table(digging), "What openings of the street cost the neighbourhood."),
        FormatKey("commitments", .table(commitments), "Public promises to start a project."),
        FormatKey("projects", .named(project), "The work roles can plan, [projects.ID]."),
        FormatKey("couplings", .tables(coupling), "Coupling opportunities, [[couplings]]."),
        FormatKey("dilemmas", .named(dilemma), "Choices for some roles, [dilemmas.ID]."),
        FormatKey("events", .named(event), "Things that happen to the neighbourhood, [events.ID]."),
        FormatKey("forms", .named(form), "Collaboration forms, lowest first, [forms.ID]."),
        FormatKey(
            "agreements", .named(agreement),
            "Agreements the table can sign (intentieverklaring, convenant), [agreements.ID]."),
        FormatKey(
            "coordinator", .table(coordinator),
            "An independent process coordinator the table can hire."),
        FormatKey(
            "plans", .table(plans),
            "When plans become fixed (vastgesteld) and what coupling them then costs."),
        FormatKey(
            "programme", .table(programme),
            "A joint programme (tactical frame) that holds couplings years ahead."),
        FormatKey("phases", .tables(phase), "The phases of every round, in order, [[phases]]."),
        FormatKey("questions", .tables(question), "A question asked at one year's review."),
    ])

    /// `vars`: a start value, or a table with the start and the bounds, under each name.
    static let variables = FormatValue.map(
        .either([
            .number(nil),
            .table(
                FormatTable([
                    FormatKey("start", .number(nil), "The value at the start (default 0)."),
                    FormatKey("min", .number(nil), "The lowest value (default 0)."),
                    FormatKey("max", .number(nil), "The highest value (default 100)."),
                ])),
        ]))
}
