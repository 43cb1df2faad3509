extension DiagnosticCases {
    /// Messages that name what a mistaken name is, list the nearest known values, and fix an effect written as a condition.
    static let messages: [DiagnosticCase] = [
        DiagnosticCase(
            "an unknown name lists the nearest values",
            .then(
                .top("vars = { draagvlak = 60 }"),
                .replace("when = \"done(kabel)\"", "when = \"draagvlk > 10\"")),
            "def.expression", 23, 9,
            "`draagvlk` is not a known name (nearest known values: `draagvlak`, `noord.riool`)",
            suggestion: "did you mean `draagvlak`?"),
        DiagnosticCase(
            "an unknown name lists funds and indicators",
            .then(
                .append("[funds.wijkfonds]\n[indicators.hinder]\nvalue = \"nuisance(noord)\""),
                .replace("when = \"done(kabel)\"", "when = \"hindr > 10\"")),
            "def.expression", 22, 9,
            "`hindr` is not a known name (nearest known values: `hinder`, `noord.riool`, `fund(wijkfonds)`)",
            suggestion: "did you mean `hinder`?"),
        DiagnosticCase(
            "a fund used as a value",
            .then(
                .append("[funds.wijkfonds]"),
                .replace("when = \"done(kabel)\"", "when = \"wijkfonds > 10\"")),
            "def.expression", 22, 9, "`wijkfonds` is a fund, not a value",
            suggestion: "write `fund(wijkfonds)`"),
        DiagnosticCase(
            "a district used as a value",
            .replace("when = \"done(kabel)\"", "when = \"noord > 10\""),
            "def.expression", 22, 9, "`noord` is a district, not a value",
            suggestion: "write `nuisance(noord)` or one of its variables, such as `noord.riool`"),
        DiagnosticCase(
            "an event used as a value",
            .then(
                .append("[events.storing]\ntext = \"Storing\"\nyear = 2027"),
                .replace("when = \"done(kabel)\"", "when = \"storing\"")),
            "def.expression", 22, 9, "`storing` is an event, not a value",
            suggestion: "write `fired(storing) > 0`"),
        DiagnosticCase(
            "an effect written as a goal condition",
            .replace("when = \"done(kabel)\"", "when = \"noord.riool -= 10\""),
            "def.expression", 22, 21,
            "`-=` changes a value, but here something is only read or compared",
            suggestion:
                "a change belongs in `effects` (or `done`, `running`, `missed`); a condition compares, such as `x >= 10`"
        ),
        DiagnosticCase(
            "an effect written as an event condition",
            .append("[events.storing]\ntext = \"Storing\"\nwhen = \"noord.riool += 10\""),
            "def.expression", 52, 21,
            "`+=` changes a value, but here something is only read or compared",
            suggestion:
                "a change belongs in `effects` (or `done`, `running`, `missed`); a condition compares, such as `x >= 10`"
        ),
    ]
}
