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
    ]
}
