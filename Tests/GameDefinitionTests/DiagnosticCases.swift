/// The broken games of the diagnostics tests, each with the one diagnostic it must give.
///
/// To re-record after a deliberate message change, compare the failure output with these
/// values and update them by hand: every value here was checked by a person.
enum DiagnosticCases {
    /// Every case.
    static let all: [DiagnosticCase] =
        basic + limits + silent + messages + language + texts + initialState + instruments
        + costs + earmarks + plans + programme

    /// The first cases: one of each kind of mistake.
    static let basic: [DiagnosticCase] = [
        DiagnosticCase(
            "unknown top-level key", .top("titel = \"x\""),
            "def.unknown-key", 3, 1, "unknown key `titel`", suggestion: "did you mean `title`?"),
        DiagnosticCase(
            "unknown role key", .replace("income = 10", "incom = 10"),
            "def.unknown-key", 9, 1, "unknown key `incom`", suggestion: "did you mean `income`?"),
        DiagnosticCase(
            "unknown project key", .replace("rounds = 2\ndigs", "rounds = 2\ndig = true\ndigs"),
            "def.unknown-key", 37, 1, "unknown key `dig`", suggestion: "did you mean `digs`?"),
        DiagnosticCase(
            "unknown owner", .replace("owner = \"netbeheer\"", "owner = \"netbeheeer\""),
            "def.unknown-id", 40, 9, "there is no role `netbeheeer` (known: `beheer`, `netbeheer`)",
            suggestion: "did you mean `netbeheer`?"),
        DiagnosticCase(
            "unknown district",
            .replace("district = \"noord\"\ncost = 40", "district = \"nord\"\ncost = 40"),
            "def.unknown-id", 34, 12, "there is no district `nord` (known: `noord`, `zuid`)",
            suggestion: "did you mean `noord`?"),
        DiagnosticCase(
            "unknown kind", .replace("kind = \"transitie\"", "kind = \"transitia\""),
            "def.unknown-value", 41, 8,
            "`kind` must be one of `beheer`, `transitie`, `ontwikkeling`, `herstructurering`, `wijk`, but here it is `transitia`",
            suggestion: "did you mean `transitie`?"),
        DiagnosticCase(
            "cost is text", .replace("cost = 40", "cost = \"veertig\""),
            "def.wrong-type", 35, 8, "`cost` must be a number, but here it is text"),
        DiagnosticCase(
            "budget is a list", .replace("budget = 80", "budget = [80]"),
            "def.wrong-type", 18, 10, "`budget` must be a number, but here it is a list"),
        DiagnosticCase(
            "rounds is decimal", .replace("rounds = 4", "rounds = 4.5"),
            "def.wrong-type", 3, 10,
            "`rounds` must be a whole number, but here it is a decimal number"),
        DiagnosticCase(
            "digs is a number",
            .replace("digs = true\n\n[projects.kabel]", "digs = 1\n\n[projects.kabel]"),
            "def.wrong-type", 37, 8,
            "`digs` must be `true` or `false`, but here it is a whole number"),
        DiagnosticCase(
            "negative cost", .replace("cost = 30", "cost = -30"),
            "def.negative-cost", 43, 8, "`cost` cannot be negative, but here it is -30"),
        DiagnosticCase(
            "negative budget", .replace("budget = 80", "budget = -5"),
            "def.negative-value", 18, 10, "`budget` cannot be negative, but here it is -5"),
        DiagnosticCase(
            "negative slots", .replace("slots = 1\n\n[projects", "slots = -1\n\n[projects"),
            "def.negative-value", 29, 9, "`slots` cannot be negative, but here it is -1"),
        DiagnosticCase(
            "deadline before start",
            .replace("rounds = 2\ndigs", "rounds = 2\ndeadline = 2026\ndigs"),
            "def.deadline-before-start", 37, 12,
            "the deadline 2026 cannot be met: started at the earliest in 2026 and running 2 rounds, it is done in 2027 at the earliest",
            suggestion: "use 2027 or later"),
        DiagnosticCase(
            "latest before earliest",
            .replace(
                "rounds = 2\ndigs", "rounds = 2\nearliest_start = 2028\nlatest_start = 2027\ndigs"),
            "def.latest-before-earliest", 38, 16,
            "`latest_start` 2027 is before the earliest start 2028"),
        DiagnosticCase(
            "earliest start outside the game",
            .replace("rounds = 2\ndigs", "rounds = 2\nearliest_start = 2031\ndigs"),
            "def.year-out-of-range", 37, 18,
            "`earliest_start` is 2031, but the game runs from 2026 to 2029",
            suggestion: "use a year from 2026 to 2029"),
        DiagnosticCase(
            "slots over capacity", .replace("slots = 1\ndigs", "slots = 5\ndigs"),
            "def.slots-over-capacity", 44, 9,
            "project `kabel` needs 5 underground slots, but district `noord` has only 3 free",
            suggestion: "lower `slots` or raise the district's `slots`"),
        DiagnosticCase(
            "coupling across districts",
            .replace("district = \"noord\"\ncost = 30", "district = \"zuid\"\ncost = 30"),
            "def.coupling-across-districts", 48, 22,
            "`riool` and `kabel` are in different districts, so they can never share an opening",
            suggestion: "couple projects in the same district"),
        DiagnosticCase(
            "coupling with one project",
            .replace("projects = [\"riool\", \"kabel\"]", "projects = [\"riool\"]"),
            "def.coupling-size", 48, 12, "a coupling joins two or more different projects",
            suggestion: "write `projects = [\"a\", \"b\"]`, each project once"),
        DiagnosticCase(
            "coupling with unknown project",
            .replace("projects = [\"riool\", \"kabel\"]", "projects = [\"riool\", \"kable\"]"),
            "def.unknown-id", 48, 22, "there is no project `kable` (known: `riool`, `kabel`)",
            suggestion: "did you mean `kabel`?"),
        DiagnosticCase(
            "event that never fires",
            .append("[events.storing]\ntext = \"Storing\"\nwhen = \"false\""),
            "def.never-fires", 52, 8,
            "event `storing` can never fire: its condition `when` is always false",
            suggestion: "check the comparison in `when`"),
        DiagnosticCase(
            "event with chance 0", .append("[events.storing]\ntext = \"Storing\"\nchance = 0"),
            "def.never-fires", 52, 10, "event `storing` can never fire: its `chance` is 0",
            suggestion: "use a chance above 0, such as 0.3"),
        DiagnosticCase(
            "chance above 1", .append("[events.storing]\ntext = \"Storing\"\nchance = 1.5"),
            "def.chance-out-of-range", 52, 10,
            "`chance` must be between 0 and 1, but here it is 1.5"),
        DiagnosticCase(
            "event without text", .append("[events.storing]\nyear = 2027"),
            "def.missing-text", 50, 1, "event `storing` has no `text`: players need this text",
            suggestion: "add `text = \"...\"`"),
        DiagnosticCase(
            "event with blank text", .append("[events.storing]\ntext = \"  \""),
            "def.missing-text", 51, 8, "event `storing` has no `text`: players need this text",
            suggestion: "add `text = \"...\"`"),
        DiagnosticCase(
            "event year outside the game",
            .append("[events.storing]\ntext = \"Storing\"\nyear = 2035"),
            "def.year-out-of-range", 52, 8, "`year` is 2035, but the game runs from 2026 to 2029",
            suggestion: "use a year from 2026 to 2029"),
        DiagnosticCase(
            "event forces an unknown project",
            .append("[events.storing]\ntext = \"Storing\"\nforces = [\"rioll\"]"),
            "def.unknown-id", 52, 11, "there is no project `rioll` (known: `riool`, `kabel`)",
            suggestion: "did you mean `riool`?"),
        DiagnosticCase(
            "event opens an unknown dilemma",
            .append("[events.storing]\ntext = \"Storing\"\ndilemma = \"parkeren\""),
            "def.unknown-id", 52, 11, "there is no dilemma `parkeren` (none are defined)"),
        DiagnosticCase(
            "zero rounds", .replace("rounds = 4", "rounds = 0"),
            "def.too-few-rounds", 3, 10, "a game needs at least 1 round, but `rounds` is 0",
            suggestion: "set `rounds` to the number of years played"),
        DiagnosticCase(
            "missing rounds", .replace("rounds = 4\n", ""),
            "def.missing-key", 1, 1, "the game has no `rounds`", suggestion: "add `rounds = 6`"),
        DiagnosticCase(
            "missing title", .replace("title = \"Testspel\"\n", ""),
            "def.missing-text", 1, 1, "the game has no `title`: players need this text",
            suggestion: "add `title = \"...\"`"),
        DiagnosticCase(
            "one role",
            .replace(
                "[roles.netbeheer]\nbrief = \"Jij legt kabels.\"\nbudget = 80\n\n[[roles.netbeheer.goals]]\ntext = \"Kabel klaar\"\nwhen = \"done(kabel)\"\n",
                ""),
            "def.role-count", 5, 2, "a game needs 2 to 8 roles, but this one has 1",
            suggestion: "add a role with `[roles.id]`"),
        DiagnosticCase(
            "nine roles",
            .append(
                "[roles.r0]\nbrief = \"b\"\n[[roles.r0.goals]]\ntext = \"t\"\nwhen = \"true\"\n[roles.r1]\nbrief = \"b\"\n[[roles.r1.goals]]\ntext = \"t\"\nwhen = \"true\"\n[roles.r2]\nbrief = \"b\"\n[[roles.r2.goals]]\ntext = \"t\"\nwhen = \"true\"\n[roles.r3]\nbrief = \"b\"\n[[roles.r3.goals]]\ntext = \"t\"\nwhen = \"true\"\n[roles.r4]\nbrief = \"b\"\n[[roles.r4.goals]]\ntext = \"t\"\nwhen = \"true\"\n[roles.r5]\nbrief = \"b\"\n[[roles.r5.goals]]\ntext = \"t\"\nwhen = \"true\"\n[roles.r6]\nbrief = \"b\"\n[[roles.r6.goals]]\ntext = \"t\"\nwhen = \"true\""
            ),
            "def.role-count", 5, 2, "a game needs 2 to 8 roles, but this one has 9",
            suggestion: "remove some roles"),
        DiagnosticCase(
            "role without brief", .replace("brief = \"Jij legt kabels.\"\n", ""),
            "def.missing-text", 16, 1, "role `netbeheer` has no `brief`: players need this text",
            suggestion: "add `brief = \"...\"`"),
        DiagnosticCase(
            "goal without text", .replace("text = \"Kabel klaar\"\n", ""),
            "def.missing-text", 20, 1, "a goal has no `text`: players need this text",
            suggestion: "add `text = \"...\"`"),
        DiagnosticCase(
            "goal without condition", .replace("when = \"done(kabel)\"\n", ""),
            "def.missing-key", 20, 1, "a goal has no `when`",
            suggestion: "add `when = \"done(riool_noord)\"`"),
        DiagnosticCase(
            "project without owner", .replace("owner = \"beheer\"\n", ""),
            "def.missing-key", 31, 1, "project `riool` has no `owner`",
            suggestion: "add `owner = \"beheer\"`"),
        DiagnosticCase(
            "dilemma without text",
            .append(
                "[dilemmas.parkeren]\nchoosers = [\"beheer\"]\n[[dilemmas.parkeren.options]]\nid = \"a\"\nlabel = \"A\"\n[[dilemmas.parkeren.options]]\nid = \"b\"\nlabel = \"B\""
            ),
            "def.missing-text", 50, 1, "dilemma `parkeren` has no `text`: players need this text",
            suggestion: "add `text = \"...\"`"),
        DiagnosticCase(
            "duplicate option ids",
            .append(
                "[dilemmas.parkeren]\ntext = \"Wat nu?\"\nchoosers = [\"beheer\"]\n[[dilemmas.parkeren.options]]\nid = \"a\"\nlabel = \"A\"\n[[dilemmas.parkeren.options]]\nid = \"a\"\nlabel = \"B\""
            ),
            "def.duplicate-id", 57, 6, "dilemma `parkeren` has two options with id `a`",
            suggestion: "give each option its own `id`"),
        DiagnosticCase(
            "dilemma with one option",
            .append(
                "[dilemmas.parkeren]\ntext = \"Wat nu?\"\nchoosers = [\"beheer\"]\n[[dilemmas.parkeren.options]]\nid = \"a\"\nlabel = \"A\""
            ),
            "def.too-few-options", 53, 1, "dilemma `parkeren` needs at least 2 options, but has 1",
            suggestion: "add options with `[[dilemmas.id.options]]`"),
        DiagnosticCase(
            "unknown default option",
            .append(
                "[dilemmas.parkeren]\ntext = \"Wat nu?\"\nchoosers = [\"beheer\"]\ndefault = \"c\"\n[[dilemmas.parkeren.options]]\nid = \"a\"\nlabel = \"A\"\n[[dilemmas.parkeren.options]]\nid = \"b\"\nlabel = \"B\""
            ),
            "def.unknown-id", 53, 11, "there is no option `c` (known: `a`, `b`)",
            suggestion: "did you mean `a`?"),
        DiagnosticCase(
            "unknown chooser",
            .append(
                "[dilemmas.parkeren]\ntext = \"Wat nu?\"\nchoosers = [\"behere\"]\n[[dilemmas.parkeren.options]]\nid = \"a\"\nlabel = \"A\"\n[[dilemmas.parkeren.options]]\nid = \"b\"\nlabel = \"B\""
            ),
            "def.unknown-id", 52, 13, "there is no role `behere` (known: `beheer`, `netbeheer`)",
            suggestion: "did you mean `beheer`?"),
        DiagnosticCase(
            "option without label",
            .append(
                "[dilemmas.parkeren]\ntext = \"Wat nu?\"\nchoosers = [\"beheer\"]\n[[dilemmas.parkeren.options]]\nid = \"a\"\n[[dilemmas.parkeren.options]]\nid = \"b\"\nlabel = \"B\""
            ),
            "def.missing-text", 53, 1,
            "an option of dilemma `parkeren` has no `label`: players need this text",
            suggestion: "add `label = \"...\"`"),
        DiagnosticCase(
            "shares that do not add up",
            .replace(
                "owner = \"beheer\"\n",
                "owner = \"beheer\"\npartners = [\"netbeheer\"]\nsharing = [0.5, 0.6]\n"),
            "def.shares-sum", 34, 11, "the shares in `sharing` add up to 1.1, not 1",
            suggestion: "make the fractions add up to 1, such as `[0.6, 0.4]`"),
        DiagnosticCase(
            "wrong number of shares",
            .replace(
                "owner = \"beheer\"\n",
                "owner = \"beheer\"\npartners = [\"netbeheer\"]\nsharing = [1.0]\n"),
            "def.shares-count", 34, 11,
            "`sharing` lists 1 shares, but 2 parties pay: one share each, in order"),
        DiagnosticCase(
            "unknown sharing word",
            .replace(
                "owner = \"beheer\"\n",
                "owner = \"beheer\"\npartners = [\"netbeheer\"]\nsharing = \"equals\"\n"),
            "def.unknown-value", 34, 11,
            "`sharing` must be one of `proportional`, `naar_rato`, `equal`, `gelijk`, but here it is `equals`",
            suggestion: "did you mean `equal`?"),
        DiagnosticCase(
            "owner is also partner",
            .replace("owner = \"beheer\"\n", "owner = \"beheer\"\npartners = [\"beheer\"]\n"),
            "def.owner-is-partner", 33, 12,
            "the owner `beheer` of project `riool` is also listed as a partner",
            suggestion: "list only the other roles in `partners`"),
        DiagnosticCase(
            "unknown project kind in a role's kinds",
            .replace("income = 10", "income = 10\nkinds = [\"beheer\", \"wjik\"]"),
            "def.unknown-id", 10, 20,
            "there is no project kind `wjik` (known: `beheer`, `transitie`, `ontwikkeling`, `herstructurering`, `wijk`)",
            suggestion: "did you mean `wijk`?"),
        DiagnosticCase(
            "project kind the owner may not own",
            .replace("income = 10", "income = 10\nkinds = [\"wijk\"]"),
            "def.kind-not-allowed", 34, 8,
            "role `beheer` may not own a project of kind `beheer` (its `kinds`: `wijk`)",
            suggestion:
                "add `beheer` to `kinds` of role `beheer`, or give project `riool` another owner"),
        DiagnosticCase(
            "unknown start form", .top("start_form = \"coordinatie\""),
            "def.unknown-id", 3, 14, "there is no form `coordinatie` (known: `cooperatie`)"),
        DiagnosticCase(
            "unknown visibility", .append("[forms.cooperatie]\nvisibility = \"everything\""),
            "def.unknown-value", 51, 14,
            "`visibility` must be one of `shared`, `horizon`, `all`, but here it is `everything`"),
        DiagnosticCase(
            "unknown decision rule", .append("[forms.cooperatie]\ndecision = \"votes\""),
            "def.unknown-value", 51, 12,
            "`decision` must be one of `alone`, `coordinator`, `vote`, but here it is `votes`",
            suggestion: "did you mean `vote`?"),
        DiagnosticCase(
            "negative coordinator cost", .append("[forms.cooperatie]\ncoordinator_cost = -4"),
            "def.negative-cost", 51, 20, "`coordinator_cost` cannot be negative, but here it is -4"),
        DiagnosticCase(
            "min trust above 100", .append("[forms.cooperatie]\nmin_trust = 120"),
            "def.out-of-range", 51, 13, "`min_trust` must be between 0 and 100, but here it is 120"),
        DiagnosticCase(
            "unknown language", .top("language = \"de\""),
            "def.unknown-value", 3, 12, "`language` must be one of `nl`, `en`, but here it is `de`"),
        DiagnosticCase(
            "trust pair with unknown role",
            .append("[trust]\nstart = [{ from = \"beheer\", to = \"netbeheerder\", value = 30 }]"),
            "def.unknown-id", 51, 34,
            "there is no role `netbeheerder` (known: `beheer`, `netbeheer`)",
            suggestion: "did you mean `netbeheer`?"),
        DiagnosticCase(
            "trust value above 100", .append("[trust]\ninitial = 150"),
            "def.out-of-range", 51, 11, "`initial` must be between 0 and 100, but here it is 150"),
        DiagnosticCase(
            "a role trusting itself",
            .append("[trust]\nstart = [{ from = \"beheer\", to = \"beheer\", value = 30 }]"),
            "def.same-role", 51, 34, "a role cannot trust itself: `from` and `to` are both `beheer`"
        ),
        DiagnosticCase(
            "unknown digging key", .append("[digging]\ngraafrust_rondes = 3"),
            "def.unknown-key", 51, 1, "unknown key `graafrust_rondes`"),
        DiagnosticCase(
            "nuisance lowers an unknown variable",
            .append("[digging]\nnuisance_lowers = \"draagvlak\""),
            "def.unknown-id", 51, 19, "there is no variable `draagvlak` (known: `noord.riool`)"),
        DiagnosticCase(
            "shared saving above 1", .append("[digging]\nshared_saving = 10"),
            "def.out-of-range", 51, 17, "`shared_saving` must be between 0 and 1, but here it is 10"
        ),
        DiagnosticCase(
            "fund with unknown member",
            .append("[funds.wijkfonds]\nmembers = [\"beheer\", \"sociaal\"]"),
            "def.unknown-id", 51, 22, "there is no role `sociaal` (known: `beheer`, `netbeheer`)"),
        DiagnosticCase(
            "variable starting outside bounds",
            .replace("vars = { riool = 40 }", "vars = { riool = { start = 140, max = 100 } }"),
            "def.out-of-range", 26, 18, "`riool` starts at 140, outside its bounds 0 to 100",
            suggestion: "give it `min` and `max`: `{ start = .., min = .., max = .. }`"),
        DiagnosticCase(
            "slots used above slots",
            .replace(
                "slots = 1\n\n[projects.riool]", "slots = 1\nslots_used = 2\n\n[projects.riool]"),
            "def.slots-over-capacity", 30, 14,
            "district `zuid` uses 2 slots at the start but has only 1"),
        DiagnosticCase(
            "phases without review", .top("phases = [{ id = \"plannen\" }, { id = \"overleg\" }]"),
            "def.missing-phase", 3, 1, "the phases have no `review` phase; every round needs one",
            suggestion: "add `[[phases]]` with `kind = \"review\"`"),
        DiagnosticCase(
            "phase with unknown kind",
            .top(
                "phases = [{ id = \"plannen\" }, { id = \"x\", kind = \"party\" }, { id = \"evaluatie\" }]"
            ),
            "def.unknown-value", 3, 50,
            "`kind` must be one of `news`, `planning`, `table`, `decision`, `execution`, `review`, but here it is `party`"
        ),
        DiagnosticCase(
            "question outside the game",
            .append("[[questions]]\nyear = 2040\ntext = \"Hoe ging het?\""),
            "def.year-out-of-range", 51, 8, "`year` is 2040, but the game runs from 2026 to 2029",
            suggestion: "use a year from 2026 to 2029"),
        DiagnosticCase(
            "empty reflection question", .top("reflection = [\"Wat leerde je?\", \"\"]"),
            "def.missing-text", 3, 33, "a reflection question is empty"),
        DiagnosticCase(
            "money steps with zero", .top("money_steps = [0, 5]"),
            "def.wrong-type", 3, 15, "`money_steps` must be a list of positive whole numbers",
            suggestion: "for example `money_steps = [5, 10, 20]`"),
        DiagnosticCase(
            "duplicate goal ids",
            .then(
                .replace("text = \"Riool klaar\"", "id = \"klaar\"\ntext = \"Riool klaar\""),
                .replace(
                    "points = 5\n",
                    "points = 5\n\n[[roles.beheer.goals]]\nid = \"klaar\"\ntext = \"Nog eens\"\nwhen = \"done(riool)\"\n"
                )),
            "def.duplicate-id", 18, 6, "there are two goals with id `klaar`",
            suggestion: "give each goal its own `id`"),
        DiagnosticCase(
            "toml syntax error", .replace("cost = 40", "cost = = 40"),
            "toml.invalid-value", 35, 8, "`=` is not a valid value; text must be in quotes",
            suggestion: "write \"=\""),
        DiagnosticCase(
            "duplicate toml key", .replace("cost = 40", "cost = 40\ncost = 41"),
            "toml.duplicate-key", 36, 1,
            "the key `projects.riool.cost` is already defined on line 35",
            suggestion: "remove one of the two, or give this one another name"),
        DiagnosticCase(
            "unaffordable project", .replace("cost = 30", "cost = 300"),
            "def.unaffordable", 43, 8,
            "nobody can afford project `kabel`: it costs 300, but its payers have at most 80 by its last possible start",
            suggestion: "lower `cost`, or raise the owner's `budget` or `income`",
            severity: .warning),
        DiagnosticCase(
            "goal with zero points", .replace("points = 5", "points = 0"),
            "def.zero-points", 14, 10,
            "goal `beheer_1` is worth 0 points, so reaching it changes nothing", severity: .warning),
        DiagnosticCase(
            "role without goals",
            .replace(
                "[[roles.netbeheer.goals]]\ntext = \"Kabel klaar\"\nwhen = \"done(kabel)\"\n", ""),
            "def.no-goals", 16, 8, "role `netbeheer` has no goals, so it can never score",
            suggestion:
                "add a goal with `[[roles.netbeheer.goals]]`, or give it points with an effect `score(netbeheer) += 1`",
            severity: .warning),
        DiagnosticCase(
            "latest start after the end",
            .replace("rounds = 2\ndigs", "rounds = 2\nlatest_start = 2031\ndigs"),
            "def.latest-after-end", 37, 16,
            "`latest_start` 2031 is after the last round (2029), so it never bites",
            suggestion: "leave it out or use 2029 or earlier", severity: .warning),
        DiagnosticCase(
            "project deadline after the end",
            .replace("rounds = 2\ndigs", "rounds = 2\ndeadline = 2031\ndigs"),
            "def.deadline-after-end", 37, 12,
            "the deadline 2031 is after the last round (2029), so it never bites",
            suggestion: "leave it out or use 2029 or earlier", severity: .warning),
        DiagnosticCase(
            "goal deadline after the end", .replace("points = 5", "points = 5\ndeadline = 2032"),
            "def.deadline-after-end", 15, 12, "`deadline` is 2032, after the last round (2029)",
            suggestion: "leave the deadline out or use 2029 or earlier", severity: .warning),
        DiagnosticCase(
            "unknown project in a goal condition",
            .replace("when = \"done(riool)\"", "when = \"done(rioll)\""),
            "def.expression", 13, 14, "`rioll` is not a project",
            suggestion: "did you mean `riool`?"),
        DiagnosticCase(
            "unknown variable in an effect list",
            .replace(
                "rounds = 2\ndigs",
                "rounds = 2\ndone = [\"noord.riool = 100\", \"noord.rioll += 5\"]\ndigs"),
            "def.expression", 37, 31, "`noord.rioll` is not a variable of district `noord`",
            suggestion: "did you mean `noord.riool`?"),
        DiagnosticCase(
            "expression error in a literal string",
            .replace("when = \"done(riool)\"", "when = 'done(rioll)'"),
            "def.expression", 13, 14, "`rioll` is not a project",
            suggestion: "did you mean `riool`?"),
        DiagnosticCase(
            "expression error after an escape",
            .replace("when = \"done(riool)\"", "when = \"\\u0064one(rioll)\""),
            "def.expression", 13, 19, "`rioll` is not a project",
            suggestion: "did you mean `riool`?"),
        DiagnosticCase(
            "expression error in a multi-line string",
            .replace("when = \"done(riool)\"", "when = \"\"\"\ndone(rioll)\"\"\""),
            "def.expression", 14, 6, "`rioll` is not a project", suggestion: "did you mean `riool`?"
        ),
        DiagnosticCase(
            "unknown name in an indicator", .append("[indicators.riool]\nvalue = \"noord.rio\""),
            "def.expression", 51, 10, "`noord.rio` is not a variable of district `noord`",
            suggestion: "did you mean `noord.riool`?"),
        DiagnosticCase(
            "unknown name in collective loss", .top("collective_loss = \"draagvlak < 20\""),
            "def.expression", 3, 20,
            "`draagvlak` is not a known name (nearest known values: `noord.riool`)"),
        DiagnosticCase(
            "syntax error in a condition",
            .replace("when = \"done(kabel)\"", "when = \"done(kabel) and\""),
            "def.expression", 22, 24, "the expression ends too early; a value is missing"),
        DiagnosticCase(
            "unknown role in an event effect",
            .append("[events.storing]\ntext = \"Storing\"\neffects = \"budget(beheerr) -= 5\""),
            "def.expression", 52, 19, "`beheerr` is not a role",
            suggestion: "did you mean `beheer`?"),
        DiagnosticCase(
            "indicators computed from each other",
            .append("[indicators.a]\nvalue = \"b\"\n[indicators.b]\nvalue = \"a + 1\""),
            "def.indicator-cycle", 51, 9,
            "indicator `a` is computed from itself, so it has no value",
            suggestion: "compute it from variables, not from this indicator"),
        DiagnosticCase(
            "unknown key in variable bounds",
            .replace("vars = { riool = 40 }", "vars = { riool = { start = 40, maks = 90 } }"),
            "def.unknown-key", 26, 32, "unknown key `maks`", suggestion: "did you mean `max`?"),
        DiagnosticCase(
            "duplicate coupling ids",
            .append("[[couplings]]\nprojects = [\"kabel\", \"riool\"]\nid = \"riool_kabel\""),
            "def.duplicate-id", 52, 6, "there are two couplings with id `riool_kabel`",
            suggestion: "give each coupling its own `id`"),
        DiagnosticCase(
            "negative project rounds", .replace("rounds = 2", "rounds = 0"),
            "def.out-of-range", 36, 10,
            "`rounds` of project `riool` must be at least 1, but here it is 0"),
    ]
}
