extension DiagnosticCases {
    /// Agreements, the process coordinator and the graafrust rule, each mistake at its place.
    static let instruments: [DiagnosticCase] = [
        DiagnosticCase(
            "an agreement after an unknown agreement",
            .append("[agreements.convenant]\nafter = \"intentie\""),
            "def.unknown-id", 51, 9, "there is no agreement `intentie` (known: `convenant`)"),
        DiagnosticCase(
            "an agreement after itself",
            .append("[agreements.convenant]\nafter = \"convenant\""),
            "def.agreement-order", 51, 9, "agreement `convenant` cannot come after itself",
            suggestion: "name the agreement that must be signed first, or leave `after` out"),
        DiagnosticCase(
            "a coordinator term without a coordinator",
            .append("[agreements.convenant]\ncoordinator = true"),
            "def.missing-key", 51, 15,
            "agreement `convenant` hires the process coordinator, but the game has no `[coordinator]`",
            suggestion:
                "add a `[coordinator]` table with its `cost`, or write `coordinator = false`"
        ),
        DiagnosticCase(
            "an agreement that lasts no year",
            .append("[agreements.convenant]\nrounds = 0"),
            "def.out-of-range", 51, 10,
            "`rounds` of agreement `convenant` must be at least 1, but here it is 0",
            suggestion:
                "write how many years it holds, or leave `rounds` out for the rest of the game"),
        DiagnosticCase(
            "an agreement's key that does not add up",
            .append("[agreements.convenant]\nkey = { beheer = 0.5 }"),
            "def.shares-sum", 51, 7, "the shares in `key` add up to 0.5, not 1",
            suggestion: "make the shares add up to 1; a party left out pays nothing"),
        DiagnosticCase(
            "an agreement with a negative fee",
            .append("[agreements.convenant]\nfee = -3"),
            "def.negative-cost", 51, 7, "`fee` cannot be negative, but here it is -3"),
        DiagnosticCase(
            "a misspelt agreement key",
            .append("[agreements.convenant]\nfees = 3"),
            "def.unknown-key", 51, 1, "unknown key `fees`", suggestion: "did you mean `fee`?"),
        DiagnosticCase(
            "a coordinator paid from an unknown fund",
            .append("[coordinator]\ncost = 4\nfund = \"wijkfonds\""),
            "def.unknown-id", 52, 8, "there is no fund `wijkfonds` (none are defined)"),
        DiagnosticCase(
            "a coordinator whose refusals count double",
            .append("[coordinator]\nrefusal_factor = 2"),
            "def.out-of-range", 51, 18,
            "`refusal_factor` must be between 0 and 1, but here it is 2"),
        DiagnosticCase(
            "an unknown graafrust rule",
            .append("[digging]\ngraafrust_by = \"openings\""),
            "def.unknown-value", 51, 16,
            "`graafrust_by` must be one of `opening`, `agreement`, but here it is `openings`",
            suggestion: "did you mean `opening`?"),
    ]
}
