import GameRules
import Strategies

/// `wijkspel replay SAVE`: a recorded game told round by round, everything visible.
public enum ReplayView {
    /// The lines telling the game of `setup` from its start to its last action.
    public static func render(_ setup: SessionSetup) -> [String] {
        let text = Messages(setup.language)
        let style = Style(color: setup.color)
        let opening = Game(spec: setup.spec, seed: setup.seed)
        var lines = [
            style.bold(Format.heading(setup.spec.title)),
            text("replay.intro", "\(setup.seed)", "\(setup.actions.count)"),
        ]
        lines += tell(opening.openingEvents, game: opening, before: [], text: text, style: style)
        let game = Table.replaying(spec: setup.spec, seed: setup.seed, actions: setup.actions) {
            step, game in
            lines += tell(
                step.told, game: game, before: step.proposalsBefore, text: text, style: style)
        }.table.game
        let context = ViewContext(game: game, viewer: nil, text: text, style: style)
        if game.isOver { return lines + ResultView.render(context) }
        lines.append("")
        lines.append(text("replay.stopped", "\(game.currentYear)", text.phaseName(game.phase)))
        return lines + ScoresView.render(context)
    }

    private static func tell(
        _ told: [ToldEvent], game: Game, before: [Proposal], text: Messages, style: Style
    ) -> [String] {
        let narrator = EventNarrator(
            game: game, proposalsBefore: before, text: text, style: style)
        return told.flatMap { narrator.lines(for: $0.event) }
    }
}
