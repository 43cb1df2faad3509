import GameRules

/// `help`: what the role at the keyboard can do now; `help COMMAND` explains one command.
struct HelpView {
    /// The context (for the language and style).
    let context: ViewContext
    /// The session's language.
    let language: Language

    private var text: Messages { context.text }

    /// The general help (no arguments) or the help of one command.
    func render(_ arguments: [String], legal: Set<CommandKind>) throws(InputError) -> [String] {
        guard let word = arguments.first else { return overview(legal) }
        if word.hasPrefix("/") {
            guard
                case .found(let command) = Session.facilitatorMatcher.match(
                    String(word.dropFirst()))
            else {
                throw InputError("unknown-command", [word])
            }
            return explain(key: "/" + command.rawValue)
        }
        switch PlayerCommands.matcher.match(word) {
        case .found(let kind): return explain(key: kind.rawValue)
        case .ambiguous(let names):
            throw InputError("ambiguous-command", [word, names.joined(separator: ", ")])
        case .unknown(let suggestion):
            if let suggestion {
                throw InputError(
                    "unknown-command", [word, suggestion], key: "input.unknown-command.suggest")
            }
            throw InputError("unknown-command", [word])
        }
    }

    private func overview(_ legal: Set<CommandKind>) -> [String] {
        var lines = [context.heading(text("help.title"))]
        let actions = CommandKind.allCases.filter { $0.isAction && legal.contains($0) }
        if actions.isEmpty {
            lines.append("  " + text("help.no-actions"))
        } else {
            for kind in actions {
                lines.append(
                    "  " + Format.pad(text("usage.\(kind.rawValue)"), 36) + " "
                        + text("short.\(kind.rawValue)"))
            }
        }
        let spec = context.spec
        let instruments = !spec.agreements.isEmpty || spec.coordinator != nil
        let views = CommandKind.allCases.filter {
            !$0.isAction && ($0 != .agreements || instruments)
        }
        .map { $0.name(in: language) }
        lines += Format.wrap(text("help.views", views.joined(separator: ", ")))
        lines.append(text("help.more"))
        return lines
    }

    /// The list of facilitator commands.
    func facilitator() -> [String] {
        var lines = [context.heading(text("help.facilitator"))]
        for command in FacilitatorCommand.allCases where command != .help {
            let key = "/" + command.rawValue
            lines.append("  " + Format.pad(text("usage.\(key)"), 30) + " " + text("short.\(key)"))
        }
        return lines
    }

    private func explain(key: String) -> [String] {
        var lines = [context.style.bold(text("usage.\(key)"))]
        lines += Format.wrap(text("explain.\(key)"), indent: "  ")
        lines.append("  " + text("help.example", text("example.\(key)")))
        return lines
    }
}
