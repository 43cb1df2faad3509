import GameRules
import Strategies

/// A game at one keyboard: a line in, lines out. No terminal and no process, so every
/// exchange can be tested; the terminal front end only reads, prints and clears.
///
/// Hot-seat play: in secret phases each role's turn starts with a hand-over step (press
/// Enter) and a cleared screen (the line `Session.clearScreen`); bots play their roles
/// and are shown as the table sees them; every accepted action goes to the save file at once.
public final class Session {
    /// The line that asks the front end to clear the screen (a form feed).
    public static let clearScreen = "\u{0C}"

    /// The table that drives the game: the game, its record, its bots and its log.
    public internal(set) var table: Table
    /// What the session started from (its actions are those it was started with).
    public internal(set) var setup: SessionSetup
    /// Set once the players typed `stop`.
    public internal(set) var isFinished = false
    /// Where accepted actions are written, if anywhere (the table's journal).
    public internal(set) var saveWriter: SaveWriter? {
        didSet { table.journal = saveWriter }
    }

    /// The game as it stands.
    public var game: Game { table.game }
    /// Every accepted action, in order.
    public var record: GameRecord { table.record }

    /// The engine's messages in the session's language.
    var text: Messages
    /// Colour or plain text.
    var style: Style
    /// The secret turn whose player has the keyboard (hand-over confirmed).
    var keyboard: Turn?
    /// The secret turn waiting for its player to press Enter.
    var awaitingHandoff: Turn?
    /// The open turn last announced.
    var announced: Turn?
    /// The number of actions `/herstel` will take back once confirmed.
    var confirmingUndo: Int?
    /// Private messages per role, kept for its next turn.
    var notes: [Int: [String]] = [:]
    /// Whether the result screen has been shown.
    var resultShown = false
    /// The narration held back at the end of a year until the facilitator continues.
    var yearEnd: [String]?
    /// Refused bot actions already reported.
    var refusalsShown = 0
    /// The clock the phase timer reads, in seconds (a fixed one in tests).
    public var clock: () -> Double = Session.systemClock
    /// The facilitator's phase timer, if one is set.
    var timer: PhaseTimer?
    /// Whether the session is a served table's: people act on their own devices, so there is
    /// no keyboard to hand over, no notes to keep and no pause at the end of a year; the
    /// session's own lines are the facilitator's.
    var isHosted = false
    /// How many times the table was made anew from a record (undo, load, a seat handed over).
    var rebuilds = 0
    /// Sees every accepted step (a person's, a bot's or the facilitator's) as it happens.
    var onStep: ((TableStep) -> Void)?

    /// Starts a session from `setup`, replaying its actions (up to the first that no longer
    /// applies), writing new actions to `saveWriter`.
    public init(setup: SessionSetup, saveWriter: SaveWriter? = nil) {
        self.setup = setup
        self.saveWriter = saveWriter
        text = Messages(setup.language)
        style = Style(color: setup.color)
        (table, notes) = Session.replayed(setup, setup.actions, text: text, style: style)
        table.journal = saveWriter
    }

    /// The language of the engine's messages.
    public var language: Language { text.language }

    /// The opening lines: the title, the news of the first year (or a resume note) and the
    /// first turn.
    public func start() -> [String] {
        var lines = [style.bold(Format.heading(game.spec.title)), text("session.welcome")]
        if !setup.bots.isEmpty {
            let bots = setup.bots.keys.sorted().map {
                "\(game.spec.roles[$0].name) (\(setup.bots[$0]?.name ?? ""))"
            }
            lines += Format.hang(text("session.bots", bots.joined(separator: ", ")))
        }
        if record.actions.isEmpty {
            lines += BriefingView.history(
                ViewContext(game: game, viewer: nil, text: text, style: style))
            lines += narrate(game.openingEvents, proposalsBefore: [], shownTo: nil)
        } else {
            if stoppedAtYearEnd { yearEnd = [] }
            lines.append(
                text(
                    "session.resumed", "\(record.actions.count)", "\(game.currentYear)",
                    phaseName(game.phase)))
        }
        return lines + advance()
    }

    /// Handles one typed line; returns the lines to show, after the timer's warning once
    /// time is up.
    public func handle(_ raw: String) -> [String] {
        guard !isFinished else { return [] }
        return timerAlarm() + respond(to: raw)
    }

    /// Handles one typed line, the timer aside.
    private func respond(to raw: String) -> [String] {
        let line: String
        do { line = try InputLine(raw).text } catch { return [explain(error)] }
        if confirmingUndo != nil { return answerUndo(line) }
        if line.hasPrefix("#") { return [] }
        if line.hasPrefix("/") { return facilitator(line) + advance() }
        if let turn = awaitingHandoff {
            guard line.isEmpty else {
                return [
                    explain(
                        InputError(
                            "enter-only", [game.spec.roles[turn.role].name],
                            key: "input.enter-only"))
                ]
            }
            return confirmHandoff(turn)
        }
        if line.isEmpty { return [] }
        return command(line)
    }

    /// The prompt: year, phase and whose turn, such as `[2026 · overleg · Stadsbeheer] >`.
    public var prompt: String {
        if confirmingUndo != nil { return text("prompt.confirm") }
        if game.isOver { return style.yellow("[\(text("prompt.over"))]") + " >" }
        if yearEnd != nil {
            let name = FacilitatorCommand.proceed.name(in: language)
            return style.yellow("[\(game.currentYear - 1) · \(text("prompt.year-end"))] /\(name)")
                + " >"
        }
        var parts = ["\(game.currentYear)", phaseName(game.phase)]
        if game.state.paused {
            parts.append(text("prompt.paused"))
        } else if let active = game.activeRole {
            parts.append(game.spec.roles[active].name + (table.isBot(active) ? " (bot)" : ""))
        }
        if let timerPrompt { parts.append(timerPrompt) }
        let base = style.yellow("[" + parts.joined(separator: " · ") + "]")
        return awaitingHandoff != nil ? base + " " + text("prompt.enter") + " >" : base + " >"
    }
}
