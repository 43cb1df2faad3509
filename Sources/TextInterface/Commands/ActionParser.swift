import GameRules

/// Builds the engine's action for an action command typed by the role at the keyboard.
struct ActionParser {
    /// The game the action is for.
    let game: Game
    /// The role at the keyboard.
    let role: Int

    private var resolve: ArgumentResolver { ArgumentResolver(spec: game.spec) }

    /// The action `command` with `arguments` asks for.
    func action(_ command: CommandKind, _ arguments: [String]) throws(InputError) -> Action {
        switch command {
        case .plan:
            try count(arguments, 1...2, "plan")
            let project = try resolve.project(arguments[0])
            let round =
                arguments.count > 1
                ? try resolve.round(arguments[1], current: game.state.round) : game.state.round
            return .plan(role: role, project: project, round: round)
        case .unplan:
            try count(arguments, 1...1, "unplan")
            return .unplan(role: role, project: try resolve.project(arguments[0]))
        case .contribute:
            try count(arguments, 2...2, "contribute")
            return .contribute(
                role: role, fund: try resolve.fund(arguments[0]),
                amount: try resolve.amount(arguments[1]))
        case .transfer:
            try count(arguments, 2...2, "transfer")
            return .transfer(
                role: role, to: try resolve.role(arguments[0]),
                amount: try resolve.amount(arguments[1]))
        case .share:
            try count(arguments, 0...1, "share")
            guard let project = arguments.first else { return .share(role: role) }
            return .shareProject(role: role, project: try resolve.project(project))
        case .meet:
            try count(arguments, 1...1, "meet")
            return .meet(role: role, with: try resolve.role(arguments[0]))
        case .propose:
            return .propose(role: role, proposal: try proposal(arguments))
        case .accept, .refuse:
            try count(arguments, 1...1, command.rawValue)
            return .respond(
                role: role, proposal: try resolve.number(arguments[0]), accept: command == .accept)
        case .commit:
            try count(arguments, 1...1, "commit")
            return .commit(role: role, project: try resolve.project(arguments[0]))
        case .choose:
            try count(arguments, 2...2, "choose")
            let dilemma = try resolve.dilemma(arguments[0])
            return .choose(
                role: role, dilemma: dilemma, option: try resolve.option(arguments[1], of: dilemma))
        case .ready:
            try count(arguments, 0...0, "ready")
            return .ready(role: role)
        default:
            throw InputError("unknown-command", [command.rawValue])
        }
    }

    /// The kinds of proposal, by their Dutch and English words.
    private enum Kind: Hashable, Sendable {
        case coupling, joint, form, fund, agreement, coordinator, programme
    }

    private func proposal(_ arguments: [String]) throws(InputError) -> ProposalKind {
        guard let first = arguments.first else { throw InputError("missing-argument", ["propose"]) }
        let kinds = WordMatcher<Kind>(entries: [
            ("koppeling", .coupling), ("coupling", .coupling), ("samen", .joint), ("joint", .joint),
            ("vorm", .form), ("form", .form), ("fonds", .fund), ("fund", .fund),
            ("afspraak", .agreement), ("agreement", .agreement), ("coordinator", .coordinator),
            ("coördinator", .coordinator), ("procescoördinator", .coordinator),
            ("programma", .programme), ("programme", .programme), ("program", .programme),
        ])
        guard case .found(let kind) = kinds.match(first) else {
            // `stel-voor convenant`: an agreement by its own id.
            if arguments.count == 1, let agreement = try? resolve.agreement(first) {
                return .agreement(agreement)
            }
            throw InputError("proposal-kind", [first])
        }
        let rest = Array(arguments.dropFirst())
        switch kind {
        case .coupling:
            try count(rest, 1...1, "propose")
            return .coupling(try resolve.coupling(rest[0]))
        case .joint:
            try count(rest, 1...1, "propose")
            return .jointProject(try resolve.project(rest[0]))
        case .form:
            try count(rest, 1...1, "propose")
            return .form(try resolve.form(rest[0]))
        case .fund:
            try count(rest, 3...3, "propose")
            return .fundSpending(
                fund: try resolve.fund(rest[0]), project: try resolve.project(rest[1]),
                amount: try resolve.amount(rest[2]))
        case .agreement:
            try count(rest, 1...1, "propose")
            return .agreement(try resolve.agreement(rest[0]))
        case .coordinator:
            try count(rest, 0...0, "propose")
            return .coordinator
        case .programme:
            try count(rest, [0, 2])
            guard rest.count == 2 else { return .programme }
            return .programmeCoupling(
                coupling: try resolve.coupling(rest[0]),
                round: try resolve.round(rest[1], current: game.state.round))
        }
    }

    /// A programme proposal names nothing (start it) or a coupling and a year.
    private func count(_ arguments: [String], _ allowed: [Int]) throws(InputError) {
        guard !allowed.contains(arguments.count) else { return }
        let error = arguments.count < allowed.max() ?? 0 ? "missing-argument" : "too-many-arguments"
        throw InputError(error, ["propose"])
    }

    private func count(_ arguments: [String], _ allowed: ClosedRange<Int>, _ command: String)
        throws(InputError)
    {
        if arguments.count < allowed.lowerBound { throw InputError("missing-argument", [command]) }
        if arguments.count > allowed.upperBound {
            throw InputError("too-many-arguments", [command])
        }
    }
}
