extension DiagnosticCases {
    /// Misuses of texts in two languages: `languages`, and texts by language.
    static let texts: [DiagnosticCase] = [
        DiagnosticCase(
            "a language the engine cannot play in",
            .top("languages = [\"nl\", \"de\"]"),
            "def.unknown-language", 3, 20,
            "`de` is not a language the game can be played in; texts can be in `nl` and `en`"),
        DiagnosticCase(
            "languages without the game's own language",
            .top("languages = [\"en\"]"),
            "def.unknown-language", 3, 13,
            "`languages` lacks the game's own `language` `nl`: plain texts are in it",
            suggestion: "add it: `languages = [\"nl\", \"en\"]`"),
        DiagnosticCase(
            "a language named twice",
            .top("languages = [\"nl\", \"en\", \"nl\"]"),
            "def.duplicate-id", 3, 26, "`languages` names `nl` twice",
            suggestion: "name each language once"),
        DiagnosticCase(
            "an English text in a game that declares only Dutch",
            .replace(
                "brief = \"Jij beheert het riool.\"",
                "brief = { nl = \"Jij beheert het riool.\", en = \"You manage the sewer.\" }"),
            "def.unknown-language", 7, 42,
            "`brief` has a text in `en`, but the game's languages are `nl`",
            suggestion: "add it to the game's languages: `languages = [\"nl\", \"en\"]`"),
        DiagnosticCase(
            "a text in an unknown language",
            .then(
                .top("languages = [\"nl\", \"en\"]"),
                .replace(
                    "brief = \"Jij beheert het riool.\"",
                    "brief = { nl = \"Jij beheert het riool.\", de = \"Du verwaltest.\" }")),
            "def.unknown-language", 8, 42,
            "`brief` has a text in `de`, but the game's languages are `nl`, `en`",
            suggestion: "write the text in one of `nl`, `en`"),
        DiagnosticCase(
            "a plain text in a game of two languages",
            .top("languages = [\"nl\", \"en\"]"),
            "def.missing-translation", 1, 9,
            "`title` has no text in `en`, one of the game's `languages`",
            suggestion: "add `title = { nl = \"Testspel\", en = \"...\" }`", severity: .warning),
        DiagnosticCase(
            "a text table that misses a declared language",
            .then(
                .top("languages = [\"nl\", \"en\"]"),
                .replace("title = \"Testspel\"", "title = { nl = \"Testspel\" }")),
            "def.missing-translation", 1, 9,
            "`title` has no text in `en`, one of the game's `languages`",
            suggestion: "add `title.en = \"...\"`", severity: .warning),
        DiagnosticCase(
            "a text by language that is a number",
            .then(
                .top("languages = [\"nl\", \"en\"]"),
                .replace("text = \"Riool klaar\"", "text = { nl = \"Riool klaar\", en = 5 }")),
            "def.wrong-type", 13, 35,
            "the `en` text of `text` must be text, but here it is a whole number"),
        DiagnosticCase(
            "a name that is a number",
            .replace("name = \"Stadsbeheer\"", "name = 5"),
            "def.wrong-type", 6, 8,
            "`name` must be text, or texts by language (`{ nl = \"...\", en = \"...\" }`), but here it is a whole number"
        ),
        DiagnosticCase(
            "a reflection question in an undeclared language",
            .top("reflection = [\"Wat ging goed?\", { nl = \"Wat niet?\", en = \"What not?\" }]"),
            "def.unknown-language", 3, 53,
            "item 2 of `reflection` has a text in `en`, but the game's languages are `nl`",
            suggestion: "add it to the game's languages: `languages = [\"nl\", \"en\"]`"),
        DiagnosticCase(
            "a text table with no declared language left",
            .replace("text = \"Kabel klaar\"", "text = { de = \"Kabel fertig\" }"),
            "def.missing-text", 21, 8, "a goal has no `text`: players need this text",
            suggestion: "add `text = \"...\"`"),
    ]
}
