import GameRules

/// A player's typed command line turned into lines to show, an action to submit, or a stop:
/// the same words at one keyboard and at a seat of a served table.
struct PlayerCommands {
    /// What a command line comes to.
    enum Outcome: Equatable {
        /// Lines to show to whoever typed (a view, help, or why the line was not understood).
        case lines([String])
        /// An action for the rules, by its role.
        case action(Action)
        /// The player typed `stop`.
        case quit
    }

    /// Every command name with its command, for matching typed words.
    static let matcher = WordMatcher<CommandKind>(
        entries: CommandKind.allCases.flatMap { kind in kind.names.map { (name: $0, value: kind) } }
    )

    /// The game as it stands.
    let game: Game
    /// The role whose eyes the views use (nil: the facilitator's, after the end).
    let viewer: Int?
    /// The role that acts, or nil when nobody may act now.
    let actor: Int?
    /// The messages in the player's language.
    let text: Messages
    /// Colour or plain text.
    let style: Style
    /// Whether a bot plays a role.
    let isBot: (Int) -> Bool
    /// Whether play waits for the facilitator at the end of a year.
    var atYearEnd = false
    /// Whether every seat has its own screen, so the roles of a secret phase act at once.
    var actsTogether = false

    /// The outcome of one typed line (not empty, not a facilitator's `/` line).
    func run(_ line: String) -> Outcome {
        let words = line.split(separator: " ").map(String.init)
        guard let first = words.first else { return .lines([]) }
        let arguments = Array(words.dropFirst())
        if first.lowercased() == "plannen" && !arguments.isEmpty { return run(.plan, arguments) }
        switch PlayerCommands.matcher.match(first) {
        case .found(let kind):
            return run(kind, arguments)
        case .ambiguous(let names):
            return refuse(InputError("ambiguous-command", [first, names.joined(separator: ", ")]))
        case .unknown(let suggestion):
            if let suggestion {
                return refuse(
                    InputError(
                        "unknown-command", [first, suggestion],
                        key: "input.unknown-command.suggest"))
            }
            return refuse(InputError("unknown-command", [first]))
        }
    }

    private func run(_ kind: CommandKind, _ arguments: [String]) -> Outcome {
        if kind == .quit {
            return arguments.isEmpty ? .quit : refuse(InputError("too-many-arguments", ["quit"]))
        }
        do {
            if kind.isAction { return .action(try action(kind, arguments)) }
            return .lines(try show(kind, arguments))
        } catch {
            return refuse(error)
        }
    }

    /// The action of `actor` that the command says.
    private func action(_ kind: CommandKind, _ arguments: [String]) throws(InputError) -> Action {
        guard let actor else { throw InputError("no-turn") }
        if atYearEnd { throw InputError("year-end") }
        if isBot(actor), !game.isOver {
            throw InputError("bot-turn", [game.spec.roles[actor].name])
        }
        return try ActionParser(game: game, role: actor).action(kind, arguments)
    }

    /// A view or help.
    private func show(_ kind: CommandKind, _ arguments: [String]) throws(InputError) -> [String] {
        var context = ViewContext(game: game, viewer: viewer, text: text, style: style)
        context.actsTogether = actsTogether
        let resolve = ArgumentResolver(spec: game.spec)
        let noArguments: Set<CommandKind> = [
            .status, .trust, .funds, .plans, .timeline, .scores, .projects, .proposals, .dilemmas,
            .couplings, .forms, .agreements, .briefing,
        ]
        if noArguments.contains(kind), !arguments.isEmpty {
            if kind == .projects, arguments.count == 1 {
                return ProjectsView.render(context, district: try resolve.district(arguments[0]))
            }
            throw InputError("too-many-arguments", [kind.rawValue])
        }
        switch kind {
        case .status: return StatusView.render(context)
        case .district:
            guard arguments.count <= 1 else {
                throw InputError("too-many-arguments", [kind.rawValue])
            }
            if let word = arguments.first {
                return DistrictView.render(context, district: try resolve.district(word))
            }
            return game.spec.districts.indices.flatMap {
                DistrictView.render(context, district: $0)
            }
        case .trust: return TrustView.render(context)
        case .funds: return FundsView.render(context)
        case .plans: return PlansView.render(context)
        case .timeline: return TimelineView.render(context)
        case .scores: return ScoresView.render(context)
        case .projects: return ProjectsView.render(context, district: nil)
        case .proposals: return ProposalsView.render(context)
        case .dilemmas: return DilemmasView.render(context)
        case .couplings: return CouplingsView.render(context)
        case .forms: return FormsView.render(context)
        case .agreements: return AgreementsView.render(context)
        case .briefing: return BriefingView.render(context)
        case .help:
            return try HelpView(context: context, language: text.language).render(
                arguments, legal: legalCommands())
        default: return []
        }
    }

    /// The action commands the actor can use now.
    func legalCommands() -> Set<CommandKind> {
        guard let actor, game.mayAct(actor), !isBot(actor) else { return [] }
        var kinds: Set<CommandKind> = []
        for action in game.legalActions(for: actor) {
            switch action {
            case .plan: kinds.insert(.plan)
            case .unplan: kinds.insert(.unplan)
            case .contribute: kinds.insert(.contribute)
            case .transfer: kinds.insert(.transfer)
            case .share, .shareProject: kinds.insert(.share)
            case .meet: kinds.insert(.meet)
            case .propose: kinds.insert(.propose)
            case .respond: kinds.formUnion([.accept, .refuse])
            case .commit: kinds.insert(.commit)
            case .choose: kinds.insert(.choose)
            case .ready: kinds.insert(.ready)
            case .facilitator: break
            }
        }
        return kinds
    }

    private func refuse(_ error: InputError) -> Outcome {
        .lines([Explainer(spec: game.spec, text: text, style: style).explain(error)])
    }
}
