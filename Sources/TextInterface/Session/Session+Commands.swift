import GameRules

extension Session {
    /// Runs a player's command line: as the role at the keyboard, seen through its eyes.
    func command(_ line: String) -> [String] {
        switch playerCommands.run(line) {
        case .lines(let lines):
            return lines
        case .action(let action):
            return perform(action, shownTo: action.role) + advance()
        case .quit:
            isFinished = true
            if let saveWriter { return [text("session.stopped", saveWriter.path)] }
            return [text("session.stopped-unsaved")]
        }
    }

    /// The commands of the role at the keyboard (any role once the game is over, to look).
    var playerCommands: PlayerCommands {
        let table = table
        var commands = PlayerCommands(
            game: game, viewer: viewer, actor: game.activeRole ?? (game.isOver ? 0 : nil),
            text: text, style: style, isBot: { table.isBot($0) })
        commands.atYearEnd = yearEnd != nil
        return commands
    }
}
