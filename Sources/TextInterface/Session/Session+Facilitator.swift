import Foundation
import GameRules

extension Session {
    /// Every facilitator command name with its command.
    static let facilitatorMatcher = WordMatcher<FacilitatorCommand>(
        entries: FacilitatorCommand.allCases.flatMap { kind in
            kind.names.map { (name: $0, value: kind) }
        })

    /// Runs a facilitator command (the line starts with `/`).
    func facilitator(_ line: String) -> [String] {
        let words = line.dropFirst().split(separator: " ").map(String.init)
        guard let first = words.first else {
            return HelpView(context: context(viewer: nil), language: language).facilitator()
        }
        let arguments = Array(words.dropFirst())
        switch Session.facilitatorMatcher.match(first) {
        case .found(let command):
            do {
                return try run(command, arguments)
            } catch {
                return [explain(error)]
            }
        case .ambiguous(let names):
            return [
                explain(
                    InputError(
                        "ambiguous-command",
                        ["/" + first, names.map { "/" + $0 }.joined(separator: ", ")]))
            ]
        case .unknown(let suggestion):
            if let suggestion {
                return [
                    explain(
                        InputError(
                            "unknown-command", ["/" + first, "/" + suggestion],
                            key: "input.unknown-command.suggest"))
                ]
            }
            return [
                explain(
                    InputError(
                        "unknown-command", ["/" + first], key: "input.unknown-facilitator-command"))
            ]
        }
    }

    private func run(_ command: FacilitatorCommand, _ arguments: [String]) throws(InputError)
        -> [String]
    {
        let resolve = ArgumentResolver(spec: game.spec)
        func expect(_ count: Int) throws(InputError) {
            if arguments.count < count {
                throw InputError("missing-argument", ["/" + command.rawValue])
            }
            if arguments.count > count {
                throw InputError("too-many-arguments", ["/" + command.rawValue])
            }
        }
        switch command {
        case .pause:
            try expect(0)
            return intervene(.pause(true))
        case .resume:
            try expect(0)
            return intervene(.pause(false))
        case .next:
            try expect(0)
            if yearEnd != nil { return proceed() }
            return intervene(.nextPhase)
        case .proceed:
            try expect(0)
            return proceed()
        case .event:
            if arguments.isEmpty { return EventsView.render(context(viewer: nil)) }
            try expect(1)
            return intervene(.inject(event: try resolve.event(arguments[0])))
        case .timer:
            return try setTimer(arguments)
        case .budget:
            try expect(2)
            return intervene(
                .adjustBudget(
                    role: try resolve.role(arguments[0]), by: try resolve.change(arguments[1])))
        case .trust:
            try expect(3)
            let from = try resolve.role(arguments[0])
            let to = try resolve.role(arguments[1])
            return intervene(.adjustTrust(from: from, to: to, by: try resolve.change(arguments[2])))
        case .variable:
            try expect(2)
            let variable = try resolve.variable(arguments[0])
            return intervene(
                .adjustVariable(variable: variable, by: try resolve.change(arguments[1])))
        case .undo:
            try expect(0)
            return askUndo()
        case .save:
            if arguments.count > 1 { throw InputError("too-many-arguments", ["/save"]) }
            return save(to: arguments.first)
        case .load:
            try expect(1)
            return load(arguments[0])
        case .show:
            try expect(0)
            return FacilitatorView.render(context(viewer: nil))
        case .wall:
            try expect(0)
            return WallView.render(game, language: language, color: style.color)
        case .dump:
            try expect(1)
            return dumpState(to: arguments[0])
        case .bot:
            try expect(2)
            return try handOver(try resolve.role(arguments[0]), to: arguments[1])
        case .say:
            guard !arguments.isEmpty else { throw InputError("missing-argument", ["/say"]) }
            return Format.hang(style.bold(text("say.line", arguments.joined(separator: " "))))
        case .help:
            return HelpView(context: context(viewer: nil), language: language).facilitator()
        }
    }

    private func intervene(_ intervention: FacilitatorAction) -> [String] {
        let wasSecret = game.phase.secret
        let lines = perform(.facilitator(intervention), shownTo: nil)
        if case .nextPhase = intervention, wasSecret { return [Session.clearScreen] + lines }
        return lines
    }

    /// How many actions `/herstel` takes back: the last one not made by a bot, and every
    /// bot action after it (otherwise the bots would at once play again).
    var undoCount: Int {
        var count = 0
        for action in record.actions.reversed() {
            count += 1
            guard let role = action.role, table.isBot(role) else { return count }
        }
        return count
    }

    private func askUndo() -> [String] {
        let count = undoCount
        guard count > 0, let last = record.actions.dropLast(count - 1).last else {
            return [explain(InputError("nothing-to-undo"))]
        }
        confirmingUndo = count
        return [style.yellow(text("undo.question", describe(last), "\(count)"))]
    }

    /// Answers the undo question: yes undoes, no cancels, anything else asks again.
    func answerUndo(_ line: String) -> [String] {
        guard let count = confirmingUndo else { return [] }
        let answer = line.lowercased()
        if ["j", "ja", "y", "yes"].contains(answer) {
            confirmingUndo = nil
            return undo(count) + advance()
        }
        if ["n", "nee", "no"].contains(answer) {
            confirmingUndo = nil
            return [text("undo.cancelled")]
        }
        return [text("undo.again")]
    }

    /// Takes back the last `count` actions by replaying the record without them; the bots
    /// forget what they saw of the undone actions.
    func undo(_ count: Int) -> [String] {
        let undone = record.actions.suffix(count).map(describe)
        var replayedNotes: [Int: [String]] = [:]
        let (setup, text, style) = (setup, text, style)
        let refused = table.undo(count) { actions in
            let replayed = Session.replayed(setup, actions, text: text, style: style)
            replayedNotes = replayed.notes
            return replayed.table
        }
        if refused != nil { return savingStopped() }
        notes = replayedNotes
        yearEnd = nil
        tableRebuilt()
        return [style.yellow(text("undo.done", undone.joined(separator: "; ")))]
    }

    /// After the table was made anew from a record (an undo, a load, a seat handed over):
    /// no turn of the old table holds, and whoever shows the game may have to start over.
    func tableRebuilt() {
        rebuilds += 1
        refusalsShown = table.refusedBotActions.count
        keyboard = nil
        awaitingHandoff = nil
        announced = nil
        resultShown = game.isOver
    }

    /// An action in words, for the undo question.
    func describe(_ action: Action) -> String {
        let narrator = EventNarrator(
            game: game, proposalsBefore: game.state.proposals, text: text,
            style: Style(color: false))
        let spec = game.spec
        let role: (Int) -> String = { spec.roles.indices.contains($0) ? spec.roles[$0].name : "?" }
        let project: (Int) -> String = {
            spec.projects.indices.contains($0) ? spec.projects[$0].id : "?"
        }
        switch action {
        case .plan(let who, let what, let round):
            return text("event.planned", role(who), project(what), "\(spec.firstYear + round)")
        case .unplan(let who, let what): return text("event.unplanned", role(who), project(what))
        case .contribute(let who, let fund, let amount):
            return text(
                "event.contributed", role(who), "\(amount)",
                spec.funds.indices.contains(fund) ? spec.funds[fund].name : "?")
        case .transfer(let who, let to, let amount):
            return text("event.transferred", role(who), "\(amount)", role(to))
        case .share(let who): return text("event.shared", role(who))
        case .propose(let who, let kind): return role(who) + ": " + narrator.describe(kind)
        case .respond(let who, let number, let accept):
            return text(accept ? "event.accepted-by" : "event.refused-by", role(who), "\(number)")
        case .commit(let who, let what):
            return text("event.committed-plain", role(who), project(what))
        case .choose(let who, let dilemma, _):
            return text(
                "event.chose", role(who),
                spec.dilemmas.indices.contains(dilemma) ? spec.dilemmas[dilemma].id : "?")
        case .ready(let who): return text("event.ready", role(who))
        case .meet(let who, let other): return text("event.met", role(who), role(other))
        case .shareProject(let who, let what):
            return text("event.plan-shared-plain", role(who), project(what))
        case .facilitator(let intervention): return narrator.describe(intervention)
        }
    }

    /// With `path`: writes a checkpoint copy of the game there (a new file, never over an
    /// existing one) and goes on saving where it did. Without: says where the game is saved.
    private func save(to path: String?) -> [String] {
        guard let path else {
            guard let saveWriter else { return [text("save.not-saving")] }
            return [text("save.where", saveWriter.path)]
        }
        let target = SaveLocation.absolute(path)
        var current = setup
        current.actions = record.actions
        do throws(SaveProblem) {
            guard let saveWriter else {
                // An unsaved game starts saving in the new file.
                saveWriter = try SaveWriter.create(
                    path: target, header: current.header, spec: game.spec,
                    actions: record.actions)
                return [text("save.saving-to", target)]
            }
            try SaveWriter.checkpoint(
                path: target, header: current.header, spec: game.spec, actions: record.actions)
            return [text("save.checkpoint", target, saveWriter.path)]
        } catch {
            return [style.red(error.message(in: language))]
        }
    }

    /// Replaces the game by the one in the save at `path`, which is then saved to (locked,
    /// and repaired first when it is damaged).
    private func load(_ path: String) -> [String] {
        let target = SaveLocation.absolute(path)
        // The file this session holds must be let go before it can be opened again.
        if saveWriter?.path == target { saveWriter = nil }
        switch SaveLoader.resume(path: target, language: language, color: style.color) {
        case .failure(let problem):
            return [style.red(problem.message(in: language))]
        case .success(let resumed):
            let loaded = resumed.loaded
            (table, notes) = Session.replayed(
                loaded.setup, loaded.setup.actions, text: text, style: style)
            setup = loaded.setup
            saveWriter = resumed.writer
            yearEnd = nil
            tableRebuilt()
            var lines = loaded.notes
            if let copy = resumed.damagedCopy {
                lines.append(text("save.repaired", target, copy, "\(record.actions.count)"))
            }
            return lines + [
                text(
                    "save.loaded", target, "\(record.actions.count)", "\(game.currentYear)",
                    phaseName(game.phase))
            ]
        }
    }

    /// Writes the full state as JSON (sorted keys) to `path`, for comparing two games.
    private func dumpState(to path: String) -> [String] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        guard let data = try? encoder.encode(game.state),
            FileManager.default.createFile(atPath: path, contents: data + [0x0A])
        else { return [explain(InputError("cannot-save", [path]))] }
        return [text("save.dumped", path)]
    }
}
