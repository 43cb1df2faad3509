/// The tables of the work in the street: digging, commitments, projects and couplings.
extension GameFormat {
    /// The five kinds of project.
    static let projectKinds = ["beheer", "transitie", "ontwikkeling", "herstructurering", "wijk"]

    /// A cost-sharing key: a rule, one fraction per payer, or a fraction per role.
    static let sharing = FormatValue.either([
        .choice(["proportional", "equal", "naar_rato", "gelijk"]), .list(.fraction),
        .map(.fraction),
    ])

    /// `[digging]`.
    static let digging = FormatTable([
        FormatKey(
            "nuisance_per_opening", .nonNegative,
            "Nuisance added to a district for each trench open in a round (default 10)."),
        FormatKey(
            "shared_saving", .fraction,
            "The fraction of a digging project's cost given back in a shared trench (default 0.1)."),
        FormatKey(
            "shared_without_agreement", .boolean,
            "The old rule: all works digging in one district in one round share one trench."),
        FormatKey(
            "graafrust", .count,
            "Rounds after a digging work ends in which the street should stay closed (default 2)."),
        FormatKey(
            "graafrust_by", .choice(["opening", "agreement"]),
            "Whether graafrust follows every opening or only an agreement's term (default opening)."
        ),
        FormatKey(
            "graafrust_nuisance", .nonNegative,
            "Extra nuisance when a trench opens during graafrust (default 10)."),
        FormatKey(
            "nuisance_decay", .fraction,
            "The fraction of nuisance that fades at every review (default 0.5)."),
        FormatKey(
            "nuisance_lowers", .word, "A variable that nuisance lowers at every review."),
        FormatKey(
            "nuisance_impact", .nonNegative,
            "How much of the total nuisance is taken off that variable (default 0.2)."),
    ])

    /// `[commitments]`.
    static let commitments = FormatTable([
        FormatKey("enabled", .boolean, "Whether roles may make commitments (default true)."),
        FormatKey("horizon", .count, "How many rounds ahead a role may promise (default 3)."),
    ])

    /// `[projects.ID]`.
    static let project = FormatTable([
        FormatKey("name", .text, "The name players see (default the id)."),
        FormatKey("text", .text, "A short description."),
        FormatKey("owner", .word, required: true, "The role that plans it and pays for it."),
        FormatKey(
            "partners", .oneOrList(.word), "Other roles that share the work and cost."),
        FormatKey("sharing", sharing, "How a joint project's cost is split (verdeelsleutel)."),
        FormatKey(
            "kind", .choice(projectKinds), required: true, "One of the five kinds of project."),
        FormatKey("district", .word, required: true, "Where it is."),
        FormatKey("cost", .nonNegative, required: true, "Paid at the start."),
        FormatKey("rounds", .integer(1...1000), "How many rounds it runs (default 1)."),
        FormatKey("earliest_start", .year, "The first year it may start."),
        FormatKey("latest_start", .year, "The last year it may start; after that it fails."),
        FormatKey("deadline", .year, "The year by which it must be done."),
        FormatKey("missed", .effects, "What happens when the deadline is missed."),
        FormatKey("digs", .boolean, "Whether it opens the street (default false)."),
        FormatKey("slots", .count, "Underground slots it takes from its start on."),
        FormatKey("nuisance", .nonNegative, "Extra nuisance per round while it runs."),
        FormatKey("requires", .condition, "What must hold before it may be planned and started."),
        FormatKey("running", .effects, "Effects in every round it runs."),
        FormatKey("done", .effects, "Effects when it is done."),
        FormatKey(
            "status", .choice(["done", "running"]),
            "Done, or under way, before the first year (default neither)."),
        FormatKey("started", .year, "The year before the game in which it started."),
    ])

    /// `[[couplings]]`.
    static let coupling = FormatTable([
        FormatKey(
            "projects", .list(.word), required: true,
            "Two or more projects in one district that can share one trench."),
        FormatKey("id", .word, "The name used in expressions (default the ids joined by _)."),
        FormatKey("name", .text, "The name players see (default the id)."),
        FormatKey("saving", .nonNegative, "Money saved on the joint cost (default 0)."),
        FormatKey("sharing", sharing, "How the joint cost after the saving is split."),
        FormatKey("effects", .effects, "Extra effects when the coupling is made."),
    ])
}
