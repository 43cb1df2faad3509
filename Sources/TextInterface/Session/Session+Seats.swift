import GameRules
import Strategies

extension Session {
    /// The words that give a seat back to a person.
    static let personWords: Set<String> = ["mens", "persoon", "person", "human"]

    /// `/bot ROL STRATEGIE`: from now on a bot plays `role` (or a person again, with
    /// `mens`); the change is saved, and the new player stands where the game stands.
    func handOver(_ role: Int, to word: String) throws(InputError) -> [String] {
        let player: StrategyKind?
        if Session.personWords.contains(word.lowercased()) {
            player = nil
        } else if let kind = StrategyKind(rawValue: word.lowercased()) {
            player = kind
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
                role: game.spec.roles[role].id, player: player?.rawValue ?? SaveHeader.person)
        } catch {
            return [style.red(error.message(in: language))]
        }
        setup.bots[role] = player
        setup.actions = record.actions
        (table, notes) = Session.replayed(setup, record.actions, text: text, style: style)
        table.journal = saveWriter
        tableRebuilt()
        guard let player else { return [text("seat.person", name)] }
        return [text("seat.bot", name, player.rawValue)]
    }
}
