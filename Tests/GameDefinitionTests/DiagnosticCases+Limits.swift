extension DiagnosticCases {
    /// Sizes that used to crash `validate`: huge whole numbers, and expressions too long or nested too deeply.
    static let limits: [DiagnosticCase] = [
        DiagnosticCase(
            "first year far too late",
            .replace("first_year = 2026", "first_year = 9223372036854775807"),
            "def.out-of-range", 2, 14,
            "`first_year` must be a calendar year from 1000 to 9999, but here it is 9223372036854775807",
            suggestion: "write the year of the first round, such as 2026"),
        DiagnosticCase(
            "first year far too early",
            .replace("first_year = 2026", "first_year = -9223372036854775808"),
            "def.out-of-range", 2, 14,
            "`first_year` must be a calendar year from 1000 to 9999, but here it is -9223372036854775808",
            suggestion: "write the year of the first round, such as 2026"),
        DiagnosticCase(
            "first year written with two digits", .replace("first_year = 2026", "first_year = 26"),
            "def.out-of-range", 2, 14,
            "`first_year` must be a calendar year from 1000 to 9999, but here it is 26",
            suggestion: "write the year of the first round, such as 2026"),
        DiagnosticCase(
            "rounds far too many", .replace("rounds = 4", "rounds = 9223372036854775807"),
            "def.too-many-rounds", 3, 10,
            "a game has at most 1000 rounds, but `rounds` is 9223372036854775807",
            suggestion: "set `rounds` to the number of years played, at most 1000"),
        DiagnosticCase(
            "rounds above the engine's limit", .replace("rounds = 4", "rounds = 2000"),
            "def.too-many-rounds", 3, 10, "a game has at most 1000 rounds, but `rounds` is 2000",
            suggestion: "set `rounds` to the number of years played, at most 1000"),
        DiagnosticCase(
            "event year far out of range",
            .append("[events.storing]\ntext = \"Storing\"\nyear = -9223372036854775808"),
            "def.out-of-range", 52, 8,
            "`year` is -9223372036854775808, far out of range: whole numbers in a game lie between -1000000000 and 1000000000",
            suggestion: "write a year, a count or an amount of a sensible size"),
        DiagnosticCase(
            "goal deadline far out of range",
            .replace("points = 5", "points = 5\ndeadline = -9223372036854775807"),
            "def.out-of-range", 15, 12,
            "`deadline` is -9223372036854775807, far out of range: whole numbers in a game lie between -1000000000 and 1000000000",
            suggestion: "write a year, a count or an amount of a sensible size"),
        DiagnosticCase(
            "project rounds far out of range",
            .replace("rounds = 2", "rounds = 9223372036854775807"),
            "def.out-of-range", 36, 10,
            "`rounds` is 9223372036854775807, far out of range: whole numbers in a game lie between -1000000000 and 1000000000",
            suggestion: "write a year, a count or an amount of a sensible size"),
        DiagnosticCase(
            "project latest start far out of range",
            .replace("rounds = 2\ndigs", "rounds = 2\nlatest_start = 9223372036854775807\ndigs"),
            "def.out-of-range", 37, 16,
            "`latest_start` is 9223372036854775807, far out of range: whole numbers in a game lie between -1000000000 and 1000000000",
            suggestion: "write a year, a count or an amount of a sensible size"),
        DiagnosticCase(
            "dilemma rounds far out of range",
            .append(
                "[dilemmas.d]\ntext = \"Wat nu?\"\nchoosers = [\"beheer\"]\nyear = 2027\nrounds = 9223372036854775807\n[[dilemmas.d.options]]\nid = \"a\"\nlabel = \"A\"\n[[dilemmas.d.options]]\nid = \"b\"\nlabel = \"B\""
            ),
            "def.out-of-range", 54, 10,
            "`rounds` is 9223372036854775807, far out of range: whole numbers in a game lie between -1000000000 and 1000000000",
            suggestion: "write a year, a count or an amount of a sensible size"),
        DiagnosticCase(
            "graafrust far out of range", .append("[digging]\ngraafrust = 9223372036854775807"),
            "def.out-of-range", 51, 13,
            "`graafrust` is 9223372036854775807, far out of range: whole numbers in a game lie between -1000000000 and 1000000000",
            suggestion: "write a year, a count or an amount of a sensible size"),
        DiagnosticCase(
            "district slots far out of range", .replace("slots = 3", "slots = 9223372036854775807"),
            "def.out-of-range", 25, 9,
            "`slots` is 9223372036854775807, far out of range: whole numbers in a game lie between -1000000000 and 1000000000",
            suggestion: "write a year, a count or an amount of a sensible size"),
        DiagnosticCase(
            "money step far out of range", .top("money_steps = [5, 9223372036854775807]"),
            "def.wrong-type", 3, 15, "`money_steps` must be a list of positive whole numbers",
            suggestion: "for example `money_steps = [5, 10, 20]`"),
        DiagnosticCase(
            "20000 nested not",
            .replace(
                "when = \"done(kabel)\"",
                "when = \"" + String(repeating: "not ", count: 20000) + "done(kabel)\""),
            "def.expression", 22, 9,
            "this expression has 80011 characters; at most 4000 are allowed",
            suggestion: "split it up: compute parts in indicators, or use several goals or events"),
        DiagnosticCase(
            "a chain of 20000 + 1",
            .replace(
                "when = \"done(kabel)\"",
                "when = \"noord.riool" + String(repeating: " + 1", count: 20000) + " > 2\""),
            "def.expression", 22, 9,
            "this expression has 80015 characters; at most 4000 are allowed",
            suggestion: "split it up: compute parts in indicators, or use several goals or events"),
        DiagnosticCase(
            "a chain of 100000 and",
            .replace(
                "when = \"done(kabel)\"",
                "when = \"done(kabel)" + String(repeating: " and done(kabel)", count: 100000) + "\""
            ),
            "def.expression", 22, 9,
            "this expression has 1600011 characters; at most 4000 are allowed",
            suggestion: "split it up: compute parts in indicators, or use several goals or events"),
        DiagnosticCase(
            "70 nested not",
            .replace(
                "when = \"done(kabel)\"",
                "when = \"" + String(repeating: "not ", count: 70) + "done(kabel)\""),
            "def.expression", 22, 261,
            "this expression nests more than 64 levels deep (brackets, `not`, `-` and functions)",
            suggestion: "write it more simply, or compute a part in an indicator"),
        DiagnosticCase(
            "70 nested exclamation marks",
            .replace(
                "when = \"done(kabel)\"",
                "when = \"" + String(repeating: "!", count: 70) + "done(kabel)\""),
            "def.expression", 22, 72,
            "this expression nests more than 64 levels deep (brackets, `not`, `-` and functions)",
            suggestion: "write it more simply, or compute a part in an indicator"),
        DiagnosticCase(
            "70 nested brackets",
            .replace(
                "when = \"done(kabel)\"",
                "when = \"" + String(repeating: "(", count: 70)
                    + "done(kabel)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))\""
            ),
            "def.expression", 22, 73,
            "this expression nests more than 64 levels deep (brackets, `not`, `-` and functions)",
            suggestion: "write it more simply, or compute a part in an indicator"),
        DiagnosticCase(
            "70 nested minus signs",
            .replace(
                "when = \"done(kabel)\"",
                "when = \"" + String(repeating: "-", count: 70) + "1 > 0\""),
            "def.expression", 22, 72,
            "this expression nests more than 64 levels deep (brackets, `not`, `-` and functions)",
            suggestion: "write it more simply, or compute a part in an indicator"),
        DiagnosticCase(
            "70 nested function calls",
            .replace(
                "when = \"done(kabel)\"",
                "when = \"" + String(repeating: "max(", count: 70)
                    + "1)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))) > 0\""
            ),
            "def.expression", 22, 265,
            "this expression nests more than 64 levels deep (brackets, `not`, `-` and functions)",
            suggestion: "write it more simply, or compute a part in an indicator"),
        DiagnosticCase(
            "a chain of 250 + 1",
            .replace(
                "when = \"done(kabel)\"",
                "when = \"1" + String(repeating: " + 1", count: 250) + " > 2\""),
            "def.expression", 22, 807,
            "this expression is too long: more than 200 operations follow each other",
            suggestion:
                "split it up: compute parts in indicators, or use `sum(...)` or `count(...)`"),
        DiagnosticCase(
            "a chain of 250 and in an effect",
            .replace(
                "rounds = 2\ndigs",
                "rounds = 2\ndone = \"noord.riool = 1" + String(repeating: " * 1", count: 250)
                    + "\"\ndigs"),
            "def.expression", 37, 821,
            "this expression is too long: more than 200 operations follow each other",
            suggestion:
                "split it up: compute parts in indicators, or use `sum(...)` or `count(...)`"),
    ]
}
