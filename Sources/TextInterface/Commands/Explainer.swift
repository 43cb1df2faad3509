import GameRules

/// Refusals and misunderstood lines in plain words with their stable ids, in one language.
struct Explainer {
    /// The rules (for names in refusals).
    let spec: GameSpec
    /// The messages in the reader's language.
    let text: Messages
    /// Colour or plain text.
    let style: Style

    /// A refusal: `Dat kan niet [over-budget]: ...`.
    func explain(_ rejection: Rejection) -> String {
        let reason = RejectionExplainer(spec: spec, text: text).reason(rejection)
        return style.red(text("rejection.prefix") + " [\(rejection.id)]") + ": " + reason
    }

    /// An input problem: `Niet begrepen [unknown-command]: ...`.
    func explain(_ error: InputError) -> String {
        var arguments = error.arguments
        if error.id == "missing-argument" || error.id == "too-many-arguments",
            let command = arguments.first
        {
            arguments[0] = text("usage.\(command)")
        }
        return style.red(text("input.prefix") + " [\(error.id)]") + ": "
            + text.fill(error.key, arguments)
    }
}
