import GameRules
import Strategies

/// The message that asks a bot for one move: where the game stands, what its role sees,
/// the legal actions (numbered) and a seed for any randomness the bot wants.
struct DecisionMessage: Encodable {
    var type = "decision"
    /// The message's number on this process.
    var n: Int
    /// The round (index) and its calendar year.
    var round: Int
    var year: Int
    /// The current phase: its id and kind.
    var phase: String
    var phaseKind: String
    /// A seed (below 2^53, so every JSON reader keeps it exact) that depends only on the
    /// game's seed and the number of actions played: a deterministic bot that draws from it
    /// plays the same game again.
    var seed: UInt64
    /// What the role sees, exactly as the engine's `RoleView` (indices into `hello`'s lists).
    var view: RoleView
    /// The place in the game's public history of the first entry in `history`: the number
    /// of entries sent to this bot in this game before.
    var historyStart: Int
    /// The public history's entries new since the bot's last decision in this game.
    var history: [HistoryEntry]
    /// The legal actions; the answer names one by its `id`.
    var actions: [LegalActionEntry]

    /// The message for `decision`, with `seed`, sending the public history from entry
    /// `historyStart` on.
    init(n: Int, decision: Decision, legal: [Action], seed: UInt64, historyStart: Int) {
        let spec = decision.spec
        let view = decision.view
        self.n = n
        round = view.round
        year = spec.firstYear + view.round
        phase = spec.phases[view.phase].id
        phaseKind = spec.phases[view.phase].kind.rawValue
        self.seed = seed
        self.view = view
        let all = decision.history
        self.historyStart = min(historyStart, all.count)
        history = Array(all[self.historyStart...])
        actions = legal.enumerated().map { index, action in
            let form = ActionForm(action, spec: spec)
            return LegalActionEntry(id: index, text: form.text, action: form)
        }
    }
}
