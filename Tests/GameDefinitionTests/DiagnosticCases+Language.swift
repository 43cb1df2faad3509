extension DiagnosticCases {
    /// Misuses of the constructs added for issue 13: the chooser, cost keys, unowned dilemmas,
    /// points, digging functions and couplings of several projects.
    static let language: [DiagnosticCase] = [
        DiagnosticCase(
            "the chooser in an event's effects",
            .append(
                "[events.storm]\ntext = \"Storm\"\nyear = 2027\neffects = \"budget(self) -= 5\""),
            "def.expression", 53, 19,
            "`self` means the role that chose, so it can only stand in the `effects` of a dilemma's option",
            suggestion: "name the role itself, such as `beheer`"),
        DiagnosticCase(
            "the chooser in a goal",
            .replace("when = \"done(riool)\"", "when = \"budget(chooser) > 5\""),
            "def.expression", 13, 16,
            "`chooser` means the role that chose, so it can only stand in the `effects` of a dilemma's option",
            suggestion: "name the role itself, such as `beheer`"),
        DiagnosticCase(
            "a fund's key gives a share to a non-member",
            .append(
                "[funds.wijkfonds]\nmembers = [\"beheer\"]\nfair_share = 5\nkey = { beheer = 0.5, netbeheer = 0.5 }"
            ),
            "def.key-not-party", 53, 23,
            "`netbeheer` is not a member of fund `wijkfonds`, so it cannot have a share in `key`",
            suggestion: "add it to `members`, or take `netbeheer` out of `key`"),
        DiagnosticCase(
            "a fund's key names an unknown role",
            .append("[funds.wijkfonds]\nfair_share = 5\nkey = { beheer = 0.5, netbeher = 0.5 }"),
            "def.unknown-id", 52, 23,
            "there is no role `netbeher` (known: `beheer`, `netbeheer`)",
            suggestion: "did you mean `netbeheer`?"),
        DiagnosticCase(
            "a negative share in a fund's key",
            .append("[funds.wijkfonds]\nfair_share = 5\nkey = { beheer = 1.2, netbeheer = -0.2 }"),
            "def.negative-value", 52, 35,
            "the share of `netbeheer` in `key` cannot be negative, but here it is -0.2"),
        DiagnosticCase(
            "a fund's key that does not add up to 1",
            .append("[funds.wijkfonds]\nfair_share = 5\nkey = { beheer = 0.5, netbeheer = 0.4 }"),
            "def.shares-sum", 52, 7, "the shares in `key` add up to 0.9, not 1",
            suggestion: "make the shares add up to 1; a party left out pays nothing"),
        DiagnosticCase(
            "a share in a fund's key written as text",
            .append(
                "[funds.wijkfonds]\nfair_share = 5\nkey = { beheer = \"half\", netbeheer = 0.5 }"),
            "def.wrong-type", 52, 18,
            "the share of `beheer` in `key` must be a number, but here it is text"),
        DiagnosticCase(
            "a fund's key as a list",
            .append("[funds.wijkfonds]\nfair_share = 5\nkey = [0.5, 0.5]"),
            "def.wrong-type", 52, 7,
            "`key` must be a table of shares such as `{ beheer = 0.5 }`, but here it is a list"),
        DiagnosticCase(
            "a member's share by the key below the smallest money step",
            .append("[funds.wijkfonds]\nfair_share = 5\nkey = { beheer = 0.2, netbeheer = 0.8 }"),
            "def.share-below-step", 52, 1,
            "bots never pay their share of fund `wijkfonds` for `beheer` (2): a share below the smallest of `money_steps` (5) is never paid",
            suggestion: "add the shares to `money_steps`, such as `money_steps = [2, 5, 10, 20]`",
            severity: .warning),
        DiagnosticCase(
            "a share by the key below 1, which no whole money step can pay",
            .append("[funds.wijkfonds]\nfair_share = 1\nkey = { beheer = 0.2, netbeheer = 0.8 }"),
            "def.share-below-step", 52, 1,
            "bots never pay their share of fund `wijkfonds` for `beheer` (0.4), `netbeheer` (1.6): a share below the smallest of `money_steps` (5) is never paid",
            suggestion:
                "raise `fair_share`: money steps are whole numbers, so a share below 1 is never paid",
            severity: .warning),
        DiagnosticCase(
            "a fair share below the smallest money step",
            .append("[funds.pot]\nfair_share = 3"),
            "def.share-below-step", 51, 1,
            "bots never pay their share of fund `pot` for `beheer` (3), `netbeheer` (3): a share below the smallest of `money_steps` (5) is never paid",
            suggestion: "add the shares to `money_steps`, such as `money_steps = [3, 5, 10, 20]`",
            severity: .warning),
        DiagnosticCase(
            "a fund's key without a fair share",
            .append("[funds.wijkfonds]\nkey = { beheer = 0.5, netbeheer = 0.5 }"),
            "def.unused-key", 51, 1,
            "`key` of fund `wijkfonds` has no effect without a `fair_share`: it splits what the members pay together",
            suggestion: "add `fair_share`, the mean amount a member pays per round",
            severity: .warning),
        DiagnosticCase(
            "a project's key gives a share to a role that does not pay",
            .replace("cost = 30\nslots = 1", "cost = 30\nsharing = { beheer = 1 }\nslots = 1"),
            "def.key-not-party", 44, 13,
            "`beheer` is not the owner or a partner of project `kabel`, so it cannot have a share in `sharing`",
            suggestion: "add it to `partners`, or take `beheer` out of `sharing`"),
        DiagnosticCase(
            "a dilemma that anyone may pick up, said to be secret",
            .append(
                "[dilemmas.d]\ntext = \"Wat nu?\"\nyear = 2027\nsecret = true\n[[dilemmas.d.options]]\nid = \"a\"\nlabel = \"A\"\n[[dilemmas.d.options]]\nid = \"b\"\nlabel = \"B\""
            ),
            "def.unused-key", 53, 1,
            "`secret` has no effect on dilemma `d`: any role may pick it up, and every role sees who did",
            suggestion: "leave `secret` out, or name the `choosers`", severity: .warning),
        DiagnosticCase(
            "a dilemma with an empty list of choosers",
            .append(
                "[dilemmas.d]\ntext = \"Wat nu?\"\nyear = 2027\nchoosers = []\n[[dilemmas.d.options]]\nid = \"a\"\nlabel = \"A\"\n[[dilemmas.d.options]]\nid = \"b\"\nlabel = \"B\""
            ),
            "def.missing-key", 53, 12, "dilemma `d` has nobody in `choosers`",
            suggestion:
                "name at least one role, or write `choosers = \"any\"` so that any role may pick it up"
        ),
        DiagnosticCase(
            "openings of an unknown district",
            .replace("when = \"done(riool)\"", "when = \"openings(nord) <= 1\""),
            "def.expression", 13, 18, "`nord` is not a district",
            suggestion: "did you mean `noord`?"),
        DiagnosticCase(
            "breaches of two districts",
            .replace("when = \"done(riool)\"", "when = \"breaches(noord, zuid) == 0\""),
            "def.expression", 13, 9, "`breaches(...)` takes one value"),
        DiagnosticCase(
            "more couplings made than declared",
            .replace("when = \"done(riool)\"", "when = \"couplings_made > 1\""),
            "def.never-true", 13, 8,
            "goal `beheer_1` can never be reached: `couplings_made` lies between 0 and 1, so `couplings_made > 1` never holds",
            suggestion:
                "compare with a value it can reach: a variable within its `min` and `max` (widen them with `{ start = .., min = .., max = .. }`), `round` and `year` within the game",
            severity: .warning),
        DiagnosticCase(
            "a score changed with the wrong number of roles",
            .replace(
                "rounds = 2\ndigs", "rounds = 2\ndone = \"score(beheer, netbeheer) += 1\"\ndigs"),
            "def.expression", 37, 9,
            "an effect can change a variable, budget(role), trust(a, b), fund(f), nuisance(district) or score(role)"
        ),
        DiagnosticCase(
            "a coupling names a project twice",
            .replace(
                "projects = [\"riool\", \"kabel\"]", "projects = [\"riool\", \"kabel\", \"riool\"]"),
            "def.coupling-size", 48, 12, "a coupling joins two or more different projects",
            suggestion: "write `projects = [\"a\", \"b\"]`, each project once"),
        DiagnosticCase(
            "a three-way coupling across districts",
            .then(
                .replace(
                    "projects = [\"riool\", \"kabel\"]",
                    "projects = [\"riool\", \"kabel\", \"plein\"]"),
                .append(
                    "[projects.plein]\nowner = \"beheer\"\nkind = \"beheer\"\ndistrict = \"zuid\"\ncost = 5"
                )),
            "def.coupling-across-districts", 48, 31,
            "`riool` and `plein` are in different districts, so they can never share an opening",
            suggestion: "couple projects in the same district"),
        DiagnosticCase(
            "a key whose sum has float noise is told as written",
            .append("[funds.wijkfonds]\nfair_share = 5\nkey = { beheer = 0.6, netbeheer = 0.3 }"),
            "def.shares-sum", 52, 7, "the shares in `key` add up to 0.9, not 1",
            suggestion: "make the shares add up to 1; a party left out pays nothing"),
        DiagnosticCase(
            "a coupling's key per owner that does not add up to 1",
            .replace("saving = 5", "saving = 5\nsharing = { beheer = 0.6, netbeheer = 0.6 }"),
            "def.shares-sum", 50, 11, "the shares in `sharing` add up to 1.2, not 1",
            suggestion: "make the shares add up to 1; a party left out pays nothing"),
        DiagnosticCase(
            "a three-way coupling's list of shares for two",
            .then(
                .replace(
                    "projects = [\"riool\", \"kabel\"]",
                    "projects = [\"riool\", \"kabel\", \"plein\"]\nsharing = [0.5, 0.5]"),
                .append(
                    "[projects.plein]\nowner = \"beheer\"\nkind = \"beheer\"\ndistrict = \"noord\"\ncost = 5"
                )),
            "def.shares-count", 49, 11,
            "`sharing` lists 2 shares, but 3 parties pay: one share each, in order"),
    ]
}
