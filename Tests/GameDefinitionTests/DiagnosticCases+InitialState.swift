extension DiagnosticCases {
    /// Misuses of the state before the game: `dug`, `nuisance`, `status`, `started`, `history`.
    static let initialState: [DiagnosticCase] = [
        DiagnosticCase(
            "a project status that does not exist",
            .replace("rounds = 2\ndigs = true", "rounds = 2\ndigs = true\nstatus = \"klaar\""),
            "def.unknown-value", 38, 10,
            "`status` must be one of `done`, `running`, but here it is `klaar`"),
        DiagnosticCase(
            "a project started in the game's first year",
            .replace("rounds = 2\ndigs = true", "rounds = 2\ndigs = true\nstarted = 2026"),
            "def.year-out-of-range", 38, 11,
            "`started` is 2026, but a project running at the start began before the first year 2026",
            suggestion: "write a year before 2026, or leave `started` out and let a role plan it"),
        DiagnosticCase(
            "a project started so long ago that it is done",
            .replace("rounds = 2\ndigs = true", "rounds = 2\ndigs = true\nstarted = 2023"),
            "def.initial-state", 38, 11,
            "project `riool` started in 2023 and takes 2 rounds, so it was done by 2024, before the game",
            suggestion: "write `status = \"done\"`, or a later `started`"),
        DiagnosticCase(
            "a done project with a start",
            .replace(
                "rounds = 2\ndigs = true",
                "rounds = 2\ndigs = true\nstatus = \"done\"\nstarted = 2025"),
            "def.initial-state", 39, 11,
            "project `riool` is done before the game, so it has no `started`",
            suggestion: "remove `started`, or write `status = \"running\"`"),
        DiagnosticCase(
            "a street dug in the game",
            .replace("slots = 3\nvars", "slots = 3\ndug = [2025, 2027]\nvars"),
            "def.year-out-of-range", 26, 14,
            "`dug` names 2027, but it lists the years before the game, which starts in 2026",
            suggestion:
                "write years before 2026; an opening in the game comes from a digging project"),
        DiagnosticCase(
            "a dug year written as text",
            .replace("slots = 3\nvars", "slots = 3\ndug = [\"2025\"]\nvars"),
            "def.wrong-type", 26, 8, "a year in `dug` must be a whole number, but here it is text"),
        DiagnosticCase(
            "dug as a table",
            .replace("slots = 3\nvars", "slots = 3\ndug = { jaar = 2025 }\nvars"),
            "def.wrong-type", 26, 7,
            "`dug` must be a list of years, such as `[2024, 2025]`, but here it is a table"),
        DiagnosticCase(
            "a street dug so long ago that its graafrust is over",
            .replace("slots = 3\nvars", "slots = 3\ndug = [2020]\nvars"),
            "def.unused-key", 26, 1,
            "district `noord` was last dug in 2020; with `graafrust = 2` its rest ended before 2026, so `dug` changes nothing",
            suggestion: "raise `graafrust` in `[digging]`, or write a later year",
            severity: .warning),
        DiagnosticCase(
            "a negative nuisance at the start",
            .replace("slots = 3\nvars", "slots = 3\nnuisance = -4\nvars"),
            "def.negative-value", 26, 12, "`nuisance` cannot be negative, but here it is -4"),
        DiagnosticCase(
            "a history that is a number",
            .top("history = 2024"),
            "def.wrong-type", 3, 11,
            "`history` must be text, or texts by language (`{ nl = \"...\", en = \"...\" }`), but here it is a whole number"
        ),
        DiagnosticCase(
            "a history in an undeclared language",
            .top("history = { nl = \"Eerder\", en = \"Before\" }"),
            "def.unknown-language", 3, 28,
            "`history` has a text in `en`, but the game's languages are `nl`",
            suggestion: "add it to the game's languages: `languages = [\"nl\", \"en\"]`"),
    ]
}
