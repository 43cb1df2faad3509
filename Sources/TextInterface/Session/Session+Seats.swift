import ExecBots
import GameRules
import Strategies

extension Session {
    /// The words that give a seat back to a person.
    static let personWords: Set<String> = ["mens", "persoon", "person", "human"]

    /// `/bot ROL STRATEGIE`: from now on a built-in bot plays `role` (or a person again,
    /// with `mens`); the change is saved, and the new player stands where the game stands.
    /// A bot from outside (`exec:`) is only seated from the command line: a facilitator
    /// (perhaps at a browser) does not start programs on the host.
    func handOver(_ role: Int, to word: String) throws(InputError) -> [String] {
        let player: StrategyChoice?
        if Session.personWords.contains(word.lowercased()) {
            player = nil
        } else if let kind = StrategyKind(rawValue: word.lowercased()) {
            player = .builtin(kind)
        } else {
            let names = StrategyKind.allCases.map(\.rawValue) + ["mens"]
            throw InputError("unknown-strategy", [word, names.joined(separator: ", ")])
        }
        let name = game.spec.roles[role].name
        guard setup.bots[role] != player else {
            return [text(player == nil ? "seat.already-person" : "seat.already-bot", name)]
        }
        do {
            try saveWriter?.appendSeat(
                role: game.spec.roles[role].id, player: player?.name ?? SaveHeader.person)
        } catch {
            return [style.red(error.message(in: language))]
        }
        setup.bots[role] = player
        setup.actions = record.actions
        (table, notes) = Session.replayed(setup, record.actions, text: text, style: style)
        table.journal = saveWriter
        tableRebuilt()
        guard let player else { return [text("seat.person", name)] }
        return [text("seat.bot", name, player.name)]
    }
}
