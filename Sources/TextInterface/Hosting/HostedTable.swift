import GameRules
import Strategies

/// One table of a served game: every role plays from its own screen, in its own language,
/// seeing only what it may see; the facilitator steers with `/` commands; a wall shows the
/// public game to the room.
///
/// The table's session keeps the game, its save, its bots, its timer and the facilitator's
/// commands, exactly as at one keyboard; this type gives each screen its own output.
public final class HostedTable {
    /// The table's number, counted from 1.
    public let number: Int
    /// The session that drives the game (its own lines are the facilitator's).
    let session: Session
    /// Every role's seat, by role index.
    var seats: [HostedSeat]
    /// What the projector shows below the public state.
    public private(set) var wall = OutputLog()
    /// What the facilitator's screens show.
    public private(set) var facilitator = OutputLog()
    /// What the wall last said about whose turn it is.
    private var wallTurn: [String] = []
    /// Whether the end of the game was handled.
    private var endHandled = false
    /// The clock the phase timer reads, in seconds (a fixed one in tests).
    public var clock: () -> Double {
        get { session.clock }
        set { session.clock = newValue }
    }
    /// Whether the debrief is written beside the save when the game ends.
    public var writesDebrief = true
    /// The debrief, written on a thread of its own so that no other table waits for it.
    private let background = BackgroundLines()

    /// A table for `setup` (a new game, or one resumed from its save), saving to `saveWriter`.
    public init(number: Int, setup: SessionSetup, saveWriter: SaveWriter?) {
        self.number = number
        session = Session(setup: setup, saveWriter: saveWriter)
        session.isHosted = true
        seats = setup.spec.roles.map { _ in HostedSeat(text: Messages(setup.language)) }
        session.onStep = { [unowned self] step in self.tell(step) }
    }

    /// The game as it stands.
    public var game: Game { session.game }

    /// The game as it stands, with its player texts in `language` (a seat's `taal`).
    func game(in language: Language) -> Game {
        language == session.language ? game : game.withTexts(of: setup.spec(in: language))
    }

    /// The role names in `role`'s language.
    private func roleNames(for role: Int) -> [String] {
        setup.spec(in: seats[role].text.language).roles.map(\.name)
    }
    /// The session's setup (the game, seed, language and seats it started from).
    public var setup: SessionSetup { session.setup }
    /// Where the table saves, if anywhere.
    public var savePath: String? { session.saveWriter?.path }
    /// The table's language.
    public var language: Language { session.language }
    /// Every accepted action, in order.
    public var record: GameRecord { session.record }
    /// The number of accepted actions.
    public var actionCount: Int { session.record.actions.count }
    /// The sum of every seat's output length: it grows whenever any seat has new output.
    public var outputEnd: Int { seats.reduce(0) { $0 + $1.output.next } }

    /// Opens the table: the title and the first news to the facilitator and the wall; a
    /// resumed table tells every seat where the game stands and what waited for it.
    public func start() {
        let opening = session.start()
        facilitator.append(opening)
        if !session.record.actions.isEmpty {
            for role in seats.indices {
                let text = seats[role].text
                seats[role].joined = true
                seats[role].leftAt = seats[role].output.next
                seats[role].output.append([
                    text(
                        "session.resumed", "\(actionCount)", "\(game.currentYear)",
                        text.phaseName(game(in: text.language).phase))
                ])
                if let kept = session.notes[role], !kept.isEmpty {
                    seats[role].output.append([text("turn.notes")] + kept.map { "  " + $0 })
                }
            }
            session.notes = [:]
        } else {
            let events = game.openingEvents
            var narration = StepNarration(
                game: game, told: events, proposalsBefore: [], translations: setup.translations)
            wall.append(narration.lines(events.indices, to: nil, in: session.text))
            for role in seats.indices {
                seats[role].output.append(
                    narration.lines(events.indices, to: role, in: seats[role].text))
            }
        }
        settle()
    }

    // MARK: Seats

    /// A connection now plays `role`: a greeting, and on a return what was missed and the
    /// proposals waiting for an answer. Returns the number to read the seat's output from.
    public func attach(role: Int) -> Int {
        let start = seats[role].output.next
        var seat = seats[role]
        let c = context(for: role)
        var lines: [String]
        if !seat.joined {
            lines = [Format.heading(c.spec.title)]
            lines += Format.hang(
                c.text("hosted.welcome", "\(number)", c.role(role)))
            lines += BriefingView.render(c)
        } else {
            lines = [c.text("hosted.back", c.role(role))]
            if seat.connections == 0, let left = seat.leftAt, left < start {
                lines += missed(role, from: left, to: start)
            }
        }
        if game.state.proposals.contains(where: {
            $0.accepted == nil && $0.concerned.contains(role) && $0.answers[role] == nil
        }) {
            lines += ProposalsView.render(c)
        }
        seat.joined = true
        seat.connections += 1
        seat.leftAt = nil
        seat.announced = nil
        seats[role] = seat
        seats[role].output.append(lines)
        announceTurns()
        return start
    }

    /// A connection to `role` closed.
    public func detach(role: Int) {
        seats[role].connections = max(0, seats[role].connections - 1)
        if seats[role].connections == 0 { seats[role].leftAt = seats[role].output.next }
    }

    /// The lines the seat missed between `from` and `to` (the last ones, when many).
    private func missed(_ role: Int, from: Int, to: Int) -> [String] {
        let limit = 80
        let all = seats[role].output.lines(after: from).lines.prefix(to - from)
        let text = seats[role].text
        guard !all.isEmpty else { return [] }
        var lines = [text("hosted.missed")]
        if all.count > limit { lines.append(text("hosted.missed-more", "\(all.count - limit)")) }
        return lines + all.suffix(limit).map { "  " + $0 }
    }

    /// The output of `role` from number `after`.
    public func output(role: Int, after: Int) -> (lines: [String], next: Int) {
        seats[role].output.lines(after: after)
    }

    /// One line typed at `role`'s screen.
    public func receive(_ raw: String, from role: Int) {
        let reply = respond(raw, from: role)
        seats[role].output.append(reply)
        settle()
    }

    private func respond(_ raw: String, from role: Int) -> [String] {
        let text = seats[role].text
        let explainer = Explainer(
            spec: setup.spec(in: text.language), text: text, style: HostedTable.plain)
        let line: String
        switch typed(raw, explainer) {
        case .reply(let reply): return reply
        case .line(let read): line = read
        }
        if line.hasPrefix("/") { return [explainer.explain(InputError("facilitator-only"))] }
        if let language = languageChoice(line) {
            guard let language else {
                return [explainer.explain(InputError("unknown-language", [line]))]
            }
            seats[role].text = Messages(language)
            seats[role].announced = nil
            return [Messages(language)("hosted.language")]
        }
        switch commands(viewer: game.isOver ? nil : role, actor: role, text: text).run(line) {
        case .lines(let lines):
            return lines
        case .quit:
            return [text("hosted.quit")]
        case .action(let action):
            if let rejection = game.check(action) { return [explainer.explain(rejection)] }
            facilitator.append(session.perform(action, shownTo: nil) + session.advance())
            if session.table.journalFailure != nil { return session.savingStopped() }
            return []
        }
    }

    /// `taal en` / `language nl`: the language asked for (nil inside when unknown), or nil
    /// when the line is not a language choice.
    private func languageChoice(_ line: String) -> Language?? {
        let words = line.lowercased().split(separator: " ")
        guard words.count == 2, ["taal", "language", "lang"].contains(words[0]) else {
            return nil
        }
        return .some(Language(rawValue: String(words[1])))
    }

    /// The prompt of `role`: year, phase, and whether it acts, is done or waits.
    public func prompt(role: Int) -> String {
        let text = seats[role].text
        if game.isOver { return "[\(text("prompt.over"))] >" }
        let names = roleNames(for: role)
        var parts = [
            "\(game.currentYear)", text.phaseName(game(in: text.language).phase), names[role],
        ]
        if game.state.paused {
            parts.append(text("prompt.paused"))
        } else if game.phase.kind.isInteractive {
            if game.mayAct(role) {
                parts.append(text("hosted.prompt-act"))
            } else if game.phase.secret {
                parts.append(text("hosted.prompt-done"))
            } else if let active = game.activeRole {
                parts.append(text("hosted.prompt-waits", names[active]))
            }
        }
        if let timer = session.timerPrompt { parts.append(timer) }
        return "[" + parts.joined(separator: " · ") + "] >"
    }

    // MARK: Facilitator

    /// One line from the facilitator (the console or a facilitator's code): `/` commands,
    /// the answer to an undo question, or a view seen with the facilitator's eyes.
    public func facilitate(_ raw: String) {
        let rebuilds = session.rebuilds
        let lines: [String]
        if raw.hasPrefix("/") || session.confirmingUndo != nil {
            lines = session.handle(raw)
            if isSay(raw) {
                for role in seats.indices { seats[role].output.append(lines) }
                wall.append(lines)
            }
        } else {
            lines = facilitatorView(raw)
        }
        facilitator.append(lines)
        if session.rebuilds != rebuilds {
            for role in seats.indices {
                seats[role].output.append([seats[role].text("hosted.rewound")])
                seats[role].announced = nil
            }
            wallTurn = []
            wallStale = true
        }
        settle()
    }

    private func isSay(_ raw: String) -> Bool {
        let word = raw.dropFirst().split(separator: " ").first.map(String.init) ?? ""
        if case .found(.say) = Session.facilitatorMatcher.match(word) { return true }
        return false
    }

    private func facilitatorView(_ raw: String) -> [String] {
        let explainer = Explainer(spec: game.spec, text: session.text, style: HostedTable.plain)
        let line: String
        switch typed(raw, explainer) {
        case .reply(let reply): return reply
        case .line(let read): line = read
        }
        switch commands(viewer: nil, actor: nil, text: session.text).run(line) {
        case .lines(let lines): return lines
        case .action, .quit:
            return [explainer.explain(InputError("facilitator-no-actions"))]
        }
    }

    /// Every screen of a served table is plain text.
    static let plain = Style(color: false)

    /// A typed line: a command to run, or the answer it gets at once.
    private enum Typed {
        case line(String)
        case reply([String])
    }

    /// A typed line made safe, or what to answer instead: the refusal of a control
    /// character, or nothing for an empty line or a `#` comment.
    private func typed(_ raw: String, _ explainer: Explainer) -> Typed {
        do {
            let line = try InputLine(raw).text
            return line.isEmpty || line.hasPrefix("#") ? .reply([]) : .line(line)
        } catch {
            return .reply([explainer.explain(error)])
        }
    }

    /// The player commands of this table's game, seen by `viewer`, acted by `actor`.
    private func commands(viewer: Int?, actor: Int?, text: Messages) -> PlayerCommands {
        let table = session.table
        var commands = PlayerCommands(
            game: game(in: text.language), viewer: viewer, actor: actor, text: text,
            style: HostedTable.plain,
            isBot: { table.isBot($0) })
        commands.actsTogether = true
        return commands
    }

    /// The facilitator's prompt.
    public var facilitatorPrompt: String { "[\(number)] " + session.prompt }

    /// Whether a debrief is still being written (a server should let it finish).
    public var isWritingDebrief: Bool { background.isBusy }

    /// Called about once a second: the phase timer's alarm goes to every screen, and what
    /// the debrief's writing said goes to the facilitator.
    public func tick() {
        facilitator.append(background.take())
        if wallStale { _ = drawWall() }
        let alarm = session.timerAlarm()
        guard !alarm.isEmpty else { return }
        for role in seats.indices { seats[role].output.append(alarm) }
        wall.append(alarm)
        facilitator.append(alarm)
    }

    /// The public state for the projector: drawn again at most twice a second while the
    /// game changes, and always within a second of the last change (`tick`), since every
    /// projector asks for it after every change.
    public var wallState: [String] {
        if let wallCache, !wallStale || clock() - wallDrawn < HostedTable.wallInterval {
            return wallCache
        }
        return drawWall()
    }

    /// The least time between two drawings of a changing wall, in seconds.
    static let wallInterval = 0.5

    /// How many times the wall was drawn: it grows when a drawing may differ from the last.
    public private(set) var wallDrawings = 0

    /// The wall as last drawn.
    private var wallCache: [String]?
    /// Whether the game or whose turn it is changed since the wall was drawn.
    private var wallStale = true
    /// When the wall was last drawn (the session's clock).
    private var wallDrawn = -Double.infinity

    private func drawWall() -> [String] {
        let lines = WallView.render(game, language: language) + wallTurn
        wallCache = lines
        wallStale = false
        wallDrawn = clock()
        wallDrawings += 1
        return lines
    }

    // MARK: Telling

    /// Every seat hears an accepted step as its role may see it; the wall hears the public
    /// part. A closed year brings its summary to every screen.
    private func tell(_ step: TableStep) {
        wallStale = true
        let told = step.told
        let review = told.firstIndex {
            if case .yearReviewed = $0.event { return true }
            return false
        }
        let parts: [Range<Int>] =
            review.map { [0..<($0 + 1), ($0 + 1)..<told.count] } ?? [0..<told.count]
        var narration = StepNarration(
            game: game, told: told, proposalsBefore: step.proposalsBefore,
            translations: setup.translations)
        for (index, part) in parts.enumerated() {
            for role in seats.indices {
                seats[role].output.append(
                    narration.lines(part, to: role, in: seats[role].text))
            }
            wall.append(narration.lines(part, to: nil, in: session.text))
            guard index == 0, let review, case .yearReviewed(let closing) = told[review].event
            else { continue }
            tellEveryone { session.yearSummary(closing, text: $0) }
        }
    }

    /// Gives every seat and the wall the same lines, each in its language, made once per
    /// language.
    private func tellEveryone(_ make: (Messages) -> [String]) {
        var made: [Language: [String]] = [:]
        func lines(_ text: Messages) -> [String] {
            if let lines = made[text.language] { return lines }
            let lines = make(text)
            made[text.language] = lines
            return lines
        }
        for role in seats.indices { seats[role].output.append(lines(seats[role].text)) }
        wall.append(lines(session.text))
    }

    /// After every change: whose turn it is, to each seat and the wall, and the end.
    private func settle() {
        announceTurns()
        guard game.isOver, !endHandled else { return }
        endHandled = true
        tellEveryone { ResultView.render(context(for: nil, text: $0)) }
        guard writesDebrief, let path = savePath else { return }
        var played = setup
        played.actions = session.record.actions
        let finished = played
        background.run { DebriefFiles.writeBesideSave(finished, savePath: path) }
    }

    /// Tells each seat (and the wall) whose turn it is, when that changed.
    private func announceTurns() {
        for role in seats.indices {
            let turn = seatTurn(role)
            guard seats[role].announced != turn else { continue }
            seats[role].announced = turn
            let text = seats[role].text
            switch turn {
            case .over, .none: break
            case .paused: seats[role].output.append([text("hosted.paused")])
            case .secret:
                seats[role].output.append(
                    Format.hang(
                        text(
                            "hosted.secret", text.phaseName(game(in: text.language).phase),
                            Format.number(game.state.budgets[role]))))
            case .secretDone:
                seats[role].output.append([text("hosted.secret-done", waitingFor(text))])
            case .open(_, _, let active):
                seats[role].output.append(
                    active == role
                        ? Format.hang(
                            text("hosted.your-turn", text.phaseName(game(in: text.language).phase)))
                        : [text("hosted.turn-of", roleNames(for: role)[active])])
            }
        }
        let turn = game.phase.kind.isInteractive && !game.isOver ? [waitingLine] : []
        if turn != wallTurn {
            wallTurn = turn
            wallStale = true
            wall.append(turn)
        }
    }

    private var waitingLine: String {
        session.text("hosted.wall-waiting", waitingFor(session.text))
    }

    /// The roles not yet done in this phase, by name (bots marked).
    private func waitingFor(_ text: Messages) -> String {
        let roles = setup.spec(in: text.language).roles
        let names = roles.indices.filter { !game.state.ready[$0] }.map {
            roles[$0].name + (session.table.isBot($0) ? " (bot)" : "")
        }
        return names.joined(separator: ", ")
    }

    private func seatTurn(_ role: Int) -> SeatTurn {
        if game.isOver { return .over }
        if game.state.paused { return .paused }
        guard game.phase.kind.isInteractive, let active = game.activeRole else { return .none }
        let (round, phase) = (game.state.round, game.state.phase)
        if game.phase.secret {
            return game.state.ready[role]
                ? .secretDone(round: round, phase: phase) : .secret(round: round, phase: phase)
        }
        return .open(round: round, phase: phase, active: active)
    }

    private func context(for role: Int?, text: Messages? = nil) -> ViewContext {
        let text = text ?? role.map { seats[$0].text } ?? session.text
        var context = ViewContext(
            game: game(in: text.language), viewer: role, text: text, style: HostedTable.plain)
        context.actsTogether = true
        return context
    }
}
