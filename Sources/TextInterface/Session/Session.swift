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

    /// The game as it stands.
    public internal(set) var game: Game
    /// Every accepted action, in order.
    public internal(set) var record: GameRecord
    /// What the session started from (its actions are those it was started with).
    public internal(set) var setup: SessionSetup
    /// Set once the players typed `stop`.
    public internal(set) var isFinished = false
    /// Where accepted actions are written, if anywhere.
    public internal(set) var saveWriter: SaveWriter?

    /// The engine's messages in the session's language.
    var text: Messages
    /// Colour or plain text.
    var style: Style
    /// The bots, by the role they play.
    var strategies: [Int: any Strategy]
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
    /// Whether the last write to the save file failed.
    var saveFailed = false

    /// Starts a session from `setup`, replaying its actions (up to the first that no longer
    /// applies), writing new actions to `saveWriter`.
    public init(setup: SessionSetup, saveWriter: SaveWriter? = nil) {
        self.setup = setup
        self.saveWriter = saveWriter
        text = Messages(setup.language)
        style = Style(color: setup.color)
        let replayed = Session.replay(setup, setup.actions)
        game = replayed.game
        record = GameRecord(
            definitionHash: setup.definitionHash, seed: setup.seed, actions: replayed.applied)
        strategies = replayed.bots
        resultShown = false
    }

    /// Plays `actions` on a new game of `setup`, up to the first that no longer applies, and
    /// tells fresh bots everything their roles saw (and lets bots that remember their choices
    /// make their recorded moves again), so they are where they would have been.
    static func replay(_ setup: SessionSetup, _ actions: [Action]) -> (
        game: Game, applied: [Action], bots: [Int: any Strategy]
    ) {
        var game = Game(spec: setup.spec, seed: setup.seed)
        var bots = setup.bots.mapValues { $0.make() }
        tell(game.openingEvents, to: &bots)
        var applied: [Action] = []
        for action in actions {
            if let role = action.role, var bot = bots[role], bot.remembersChoices {
                var random = botGenerator(seed: setup.seed, history: applied.count)
                _ = bot.choose(Decision(game: game, role: role), using: &random)
                bots[role] = bot
            }
            guard case .success(let told) = game.apply(action) else { break }
            tell(told, to: &bots)
            applied.append(action)
        }
        return (game, applied, bots)
    }

    /// The generator of a bot's choice after `history` actions: it depends on nothing else,
    /// so bots choose the same after a resume or an undo.
    static func botGenerator(seed: UInt64, history: Int) -> SeededGenerator {
        SeededGenerator(
            seed: SeededGenerator.derivedSeed(master: seed ^ 0xB07_B07, index: UInt64(history)))
    }

    /// The language of the engine's messages.
    public var language: Language { text.language }

    /// The opening lines: the title, the news of the first year (or a resume note) and the
    /// first turn.
    public func start() -> [String] {
        var lines = [style.bold(Format.heading(game.spec.title)), text("session.welcome")]
        if !strategies.isEmpty {
            let bots = strategies.keys.sorted().map {
                "\(game.spec.roles[$0].name) (\(setup.bots[$0]?.rawValue ?? ""))"
            }
            lines += Format.hang(text("session.bots", bots.joined(separator: ", ")))
        }
        if record.actions.isEmpty {
            lines += narrate(game.openingEvents, before: game, shownTo: nil)
        } else {
            lines.append(
                text(
                    "session.resumed", "\(record.actions.count)", "\(game.currentYear)",
                    game.phase.name))
        }
        return lines + advance()
    }

    /// Handles one typed line; returns the lines to show.
    public func handle(_ raw: String) -> [String] {
        guard !isFinished else { return [] }
        let line: String
        do { line = try InputLine(raw).text } catch { return [explain(error)] }
        if confirmingUndo != nil { return answerUndo(line) }
        if line.hasPrefix("#") { return [] }
        if line.hasPrefix("/") { return facilitator(line) + advance() }
        if let turn = awaitingHandoff {
            var lines = confirmHandoff(turn)
            if !line.isEmpty { lines += command(line) }
            return lines
        }
        if line.isEmpty { return [] }
        return command(line)
    }

    /// The prompt: year, phase and whose turn, such as `[2026 · overleg · Stadsbeheer] >`.
    public var prompt: String {
        if confirmingUndo != nil { return text("prompt.confirm") }
        if game.isOver { return style.yellow("[\(text("prompt.over"))]") + " >" }
        var parts = ["\(game.currentYear)", game.phase.name]
        if game.state.paused {
            parts.append(text("prompt.paused"))
        } else if let active = game.activeRole {
            parts.append(game.spec.roles[active].name + (strategies[active] != nil ? " (bot)" : ""))
        }
        let base = style.yellow("[" + parts.joined(separator: " · ") + "]")
        return awaitingHandoff != nil ? base + " " + text("prompt.enter") + " >" : base + " >"
    }
}
