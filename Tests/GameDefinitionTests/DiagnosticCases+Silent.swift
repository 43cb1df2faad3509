extension DiagnosticCases {
    /// Games that used to pass in silence while doing something else than written.
    static let silent: [DiagnosticCase] = [
        DiagnosticCase(
            "a goal beyond a variable's default bounds",
            .replace("when = \"done(kabel)\"", "when = \"noord.riool >= 600\""),
            "def.never-true", 22, 8,
            "goal `netbeheer_1` can never be reached: `noord.riool` lies between 0 and 100, so `noord.riool >= 600` never holds",
            suggestion:
                "compare with a value it can reach: a variable within its `min` and `max` (widen them with `{ start = .., min = .., max = .. }`), `round` and `year` within the game",
            severity: .warning),
        DiagnosticCase(
            "a goal on a sum beyond the bounds",
            .replace("when = \"done(kabel)\"", "when = \"noord.riool + noord.riool > 200\""),
            "def.never-true", 22, 8,
            "goal `netbeheer_1` can never be reached: its left side lies between 0 and 200, so `… > 200` never holds",
            suggestion:
                "compare with a value it can reach: a variable within its `min` and `max` (widen them with `{ start = .., min = .., max = .. }`), `round` and `year` within the game",
            severity: .warning),
        DiagnosticCase(
            "a goal below a variable's bounds",
            .replace("when = \"done(kabel)\"", "when = \"done(kabel) and noord.riool < 0\""),
            "def.never-true", 22, 8,
            "goal `netbeheer_1` can never be reached: `noord.riool` lies between 0 and 100, so `noord.riool < 0` never holds",
            suggestion:
                "compare with a value it can reach: a variable within its `min` and `max` (widen them with `{ start = .., min = .., max = .. }`), `round` and `year` within the game",
            severity: .warning),
        DiagnosticCase(
            "an effect that sets a variable beyond its bounds",
            .replace("rounds = 2\ndigs", "rounds = 2\ndone = \"noord.riool = 600\"\ndigs"),
            "def.outside-bounds", 37, 8,
            "`noord.riool = 600` goes beyond the bounds of `noord.riool`: it is kept between 0 and 100",
            suggestion:
                "widen its bounds where it is declared: `{ start = .., min = .., max = .. }`",
            severity: .warning),
        DiagnosticCase(
            "an effect that adds more than a variable's range",
            .replace("rounds = 2\ndigs", "rounds = 2\nrunning = \"noord.riool += 150\"\ndigs"),
            "def.outside-bounds", 37, 11,
            "`noord.riool += 150` goes beyond the bounds of `noord.riool`: it is kept between 0 and 100",
            suggestion:
                "widen its bounds where it is declared: `{ start = .., min = .., max = .. }`",
            severity: .warning),
        DiagnosticCase(
            "a goal in a round after the last",
            .replace("when = \"done(kabel)\"", "when = \"done(kabel) and round == 5\""),
            "def.never-true", 22, 8,
            "goal `netbeheer_1` can never be reached: `round` lies between 1 and 4, so `round == 5` never holds",
            suggestion:
                "compare with a value it can reach: a variable within its `min` and `max` (widen them with `{ start = .., min = .., max = .. }`), `round` and `year` within the game",
            severity: .warning),
        DiagnosticCase(
            "a shared goal in a year after the last",
            .append("[[goals]]\ntext = \"Samen\"\nwhen = \"year >= 2031\""),
            "def.never-true", 52, 8,
            "goal `gedeeld_1` can never be reached: `year` lies between 2026 and 2029, so `year >= 2031` never holds",
            suggestion:
                "compare with a value it can reach: a variable within its `min` and `max` (widen them with `{ start = .., min = .., max = .. }`), `round` and `year` within the game",
            severity: .warning),
        DiagnosticCase(
            "a goal on trust above 100",
            .replace("when = \"done(kabel)\"", "when = \"trust(beheer, netbeheer) > 100\""),
            "def.never-true", 22, 8,
            "goal `netbeheer_1` can never be reached: `trust` lies between 0 and 100, so `trust > 100` never holds",
            suggestion:
                "compare with a value it can reach: a variable within its `min` and `max` (widen them with `{ start = .., min = .., max = .. }`), `round` and `year` within the game",
            severity: .warning),
        DiagnosticCase(
            "a goal that is always false", .replace("when = \"done(kabel)\"", "when = \"false\""),
            "def.never-true", 22, 8, "goal `netbeheer_1` can never be reached: it is always false",
            suggestion:
                "compare with a value it can reach: a variable within its `min` and `max` (widen them with `{ start = .., min = .., max = .. }`), `round` and `year` within the game",
            severity: .warning),
        DiagnosticCase(
            "an event in a round after the last",
            .append("[events.storing]\ntext = \"Storing\"\nwhen = \"round > 4\""),
            "def.never-fires", 52, 8,
            "event `storing` can never fire: `round` lies between 1 and 4, so `round > 4` never holds",
            suggestion:
                "compare with a value it can reach: a variable within its `min` and `max` (widen them with `{ start = .., min = .., max = .. }`), `round` and `year` within the game"
        ),
        DiagnosticCase(
            "a requirement that can never hold",
            .replace("rounds = 2\ndigs", "rounds = 2\nrequires = \"noord.riool > 100\"\ndigs"),
            "def.never-true", 37, 12,
            "`requires` can never hold: `noord.riool` lies between 0 and 100, so `noord.riool > 100` never holds",
            suggestion:
                "compare with a value it can reach: a variable within its `min` and `max` (widen them with `{ start = .., min = .., max = .. }`), `round` and `year` within the game",
            severity: .warning),
        DiagnosticCase(
            "an end condition that can never hold", .top("end_when = \"year < 2026\""),
            "def.never-true", 3, 12,
            "`end_when` can never hold: `year` lies between 2026 and 2029, so `year < 2026` never holds",
            suggestion:
                "compare with a value it can reach: a variable within its `min` and `max` (widen them with `{ start = .., min = .., max = .. }`), `round` and `year` within the game",
            severity: .warning),
        DiagnosticCase(
            "a dilemma that nothing opens",
            .append(
                "[dilemmas.d]\ntext = \"Wat nu?\"\nchoosers = [\"beheer\"]\n[[dilemmas.d.options]]\nid = \"a\"\nlabel = \"A\"\n[[dilemmas.d.options]]\nid = \"b\"\nlabel = \"B\""
            ),
            "def.never-opens", 50, 11,
            "dilemma `d` never opens: it has no `year` and no event opens it",
            suggestion: "add `year = 2027`, or `dilemma = \"d\"` to an event", severity: .warning),
        DiagnosticCase(
            "a dilemma opened by an event is fine, one never opened is not",
            .append(
                "[events.e]\ntext = \"E\"\nyear = 2027\ndilemma = \"d\"\n[dilemmas.d]\ntext = \"Wat nu?\"\nchoosers = [\"beheer\"]\n[[dilemmas.d.options]]\nid = \"a\"\nlabel = \"A\"\n[[dilemmas.d.options]]\nid = \"b\"\nlabel = \"B\"\n[dilemmas.x]\ntext = \"Wat nu?\"\nchoosers = [\"beheer\"]\n[[dilemmas.x.options]]\nid = \"a\"\nlabel = \"A\"\n[[dilemmas.x.options]]\nid = \"b\"\nlabel = \"B\""
            ),
            "def.never-opens", 63, 11,
            "dilemma `x` never opens: it has no `year` and no event opens it",
            suggestion: "add `year = 2027`, or `dilemma = \"x\"` to an event", severity: .warning),
        DiagnosticCase(
            "custom phases without a decision phase while dilemmas exist",
            .then(
                .top(
                    "phases = [{ id = \"nieuws\" }, { id = \"plannen\" }, { id = \"uitvoering\" }, { id = \"evaluatie\" }]"
                ),
                .append(
                    "[dilemmas.d]\ntext = \"Wat nu?\"\nchoosers = [\"beheer\"]\nyear = 2027\n[[dilemmas.d.options]]\nid = \"a\"\nlabel = \"A\"\n[[dilemmas.d.options]]\nid = \"b\"\nlabel = \"B\""
                )),
            "def.missing-phase", 3, 1,
            "the phases have no `decision` phase, so the game's dilemmas are never decided",
            suggestion: "add `{ id = \"besluit\" }` to `phases`, after the planning phase"),
        DiagnosticCase(
            "a horizon form without a horizon",
            .append("[forms.cooperatie]\nvisibility = \"horizon\""),
            "def.missing-key", 51, 14,
            "form `cooperatie` has `visibility = \"horizon\"` but no `horizon`, so nobody would see any plan",
            suggestion: "add `horizon = 2` (rounds ahead that plans are visible)"),
        DiagnosticCase(
            "a horizon form with horizon 0",
            .append("[forms.cooperatie]\nvisibility = \"horizon\"\nhorizon = 0"),
            "def.out-of-range", 52, 11,
            "`horizon` of form `cooperatie` must be at least 1 with `visibility = \"horizon\"`, but here it is 0",
            suggestion: "use `horizon = 1` or more, or `visibility = \"shared\"`"),
        DiagnosticCase(
            "a horizon that is never used",
            .append("[forms.cooperatie]\nvisibility = \"shared\"\nhorizon = 2"),
            "def.unused-key", 52, 1,
            "`horizon` of form `cooperatie` is never used: it counts only with `visibility = \"horizon\"`",
            suggestion: "write `visibility = \"horizon\"`, or leave `horizon` out",
            severity: .warning),
        DiagnosticCase(
            "an indicator named like a variable",
            .then(
                .top("vars = { draagvlak = 60 }"),
                .append("[indicators.draagvlak]\nvalue = \"draagvlak / 2\"")),
            "def.name-clash", 51, 13,
            "indicator `draagvlak` has the same name as a variable but another value, so a bare `draagvlak` in an expression could mean either",
            suggestion: "give it another name, and use that name in expressions"),
        DiagnosticCase(
            "an indicator named like a built-in word",
            .append("[indicators.round]\nvalue = \"noord.riool\""),
            "def.name-clash", 50, 13,
            "indicator `round` has the name of a built-in word: in an expression `round` keeps its own meaning",
            suggestion: "give it another name, and use that name in expressions"),
        DiagnosticCase(
            "a variable named like a built-in word", .top("vars = { jaar = 1 }"),
            "def.name-clash", 3, 10,
            "variable `jaar` has the name of a built-in word: in an expression `jaar` keeps its own meaning",
            suggestion: "give it another name, and use that name in expressions"),
        DiagnosticCase(
            "custom phases without a decision phase while couplings exist",
            .top(
                "phases = [{ id = \"nieuws\" }, { id = \"plannen\" }, { id = \"uitvoering\" }, { id = \"evaluatie\" }]"
            ),
            "def.missing-phase", 3, 1,
            "the phases have no `decision` phase, so proposals (couplings, joint projects, fund spending, form changes) are never settled",
            suggestion: "add `{ id = \"besluit\" }` to `phases`, after the planning phase",
            severity: .warning),
    ]
}
