import GameRules

extension Session {
    /// Every command name with its command, for matching typed words.
    static let commandMatcher = WordMatcher<CommandKind>(
        entries: CommandKind.allCases.flatMap { kind in kind.names.map { (name: $0, value: kind) } }
    )

    /// Runs a player's command line.
    func command(_ line: String) -> [String] {
        let words = line.split(separator: " ").map(String.init)
        guard let first = words.first else { return [] }
        let arguments = Array(words.dropFirst())
        if first.lowercased() == "plannen" && !arguments.isEmpty { return run(.plan, arguments) }
        switch Session.commandMatcher.match(first) {
        case .found(let kind):
            return run(kind, arguments)
        case .ambiguous(let names):
            return [
                explain(InputError("ambiguous-command", [first, names.joined(separator: ", ")]))
            ]
        case .unknown(let suggestion):
            if let suggestion {
                return [
                    explain(
                        InputError(
                            "unknown-command", [first, suggestion],
                            key: "input.unknown-command.suggest"))
                ]
            }
            return [explain(InputError("unknown-command", [first]))]
        }
    }

    private func run(_ kind: CommandKind, _ arguments: [String]) -> [String] {
        if kind.isAction { return act(kind, arguments) }
        do {
            return try show(kind, arguments)
        } catch {
            return [explain(error)]
        }
    }

    /// An action of the role at the keyboard.
    private func act(_ kind: CommandKind, _ arguments: [String]) -> [String] {
        guard let actor = game.activeRole ?? (game.isOver ? 0 : nil) else {
            return [explain(InputError("no-turn"))]
        }
        if yearEnd != nil { return [explain(InputError("year-end"))] }
        if table.isBot(actor), !game.isOver {
            return [explain(InputError("bot-turn", [game.spec.roles[actor].name]))]
        }
        let action: Action
        do {
            action = try ActionParser(game: game, role: actor).action(kind, arguments)
        } catch {
            return [explain(error)]
        }
        return perform(action, shownTo: actor) + advance()
    }

    /// A view, help or stop.
    private func show(_ kind: CommandKind, _ arguments: [String]) throws(InputError) -> [String] {
        let context = context(viewer: viewer)
        let resolve = ArgumentResolver(spec: game.spec)
        let noArguments: Set<CommandKind> = [
            .status, .trust, .funds, .plans, .timeline, .scores, .projects, .proposals, .dilemmas,
            .couplings, .forms, .briefing, .quit,
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
        case .briefing: return BriefingView.render(context)
        case .help:
            return try HelpView(context: context, language: language).render(
                arguments, legal: legalCommands())
        case .quit:
            isFinished = true
            if let saveWriter { return [text("session.stopped", saveWriter.path)] }
            return [text("session.stopped-unsaved")]
        default: return []
        }
    }

    /// The action commands the role at the keyboard can use now.
    func legalCommands() -> Set<CommandKind> {
        guard let active = game.activeRole, !table.isBot(active) else { return [] }
        var kinds: Set<CommandKind> = []
        for action in game.legalActions(for: active) {
            switch action {
            case .plan: kinds.insert(.plan)
            case .unplan: kinds.insert(.unplan)
            case .contribute: kinds.insert(.contribute)
            case .transfer: kinds.insert(.transfer)
            case .share: kinds.insert(.share)
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
}
